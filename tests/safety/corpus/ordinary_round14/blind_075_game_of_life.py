"""Conway's Game of Life on a sparse set of live cells, with pattern detection."""
from collections import Counter
from itertools import product, islice
from typing import Iterator

Cell = tuple[int, int]
NEIGHBOURS = [d for d in product((-1, 0, 1), repeat=2) if d != (0, 0)]


def parse(pattern: str, alive: str = "#O*") -> set[Cell]:
    return {(r, c) for r, line in enumerate(pattern.strip("\n").splitlines())
            for c, ch in enumerate(line) if ch in alive}


def step(cells: set[Cell], birth=frozenset({3}), survive=frozenset({2, 3})) -> set[Cell]:
    counts = Counter((r + dr, c + dc) for r, c in cells for dr, dc in NEIGHBOURS)
    return {cell for cell, n in counts.items() if (n in survive and cell in cells) or (n in birth and cell not in cells)}


def generations(cells: set[Cell], **rules) -> Iterator[set[Cell]]:
    while True:
        yield cells
        cells = step(cells, **rules)


def normalize(cells: set[Cell]) -> frozenset[Cell]:
    if not cells:
        return frozenset()
    r0 = min(r for r, _ in cells)
    c0 = min(c for _, c in cells)
    return frozenset((r - r0, c - c0) for r, c in cells)


def render(cells: set[Cell], live: str = "#", dead: str = ".") -> str:
    if not cells:
        return "(empty)"
    rows = range(min(r for r, _ in cells), max(r for r, _ in cells) + 1)
    cols = range(min(c for _, c in cells), max(c for _, c in cells) + 1)
    return "\n".join("".join(live if (r, c) in cells else dead for c in cols) for r in rows)


def classify(pattern: str, max_steps: int = 50) -> dict:
    seen: dict[frozenset, int] = {}
    for i, cells in enumerate(islice(generations(parse(pattern)), max_steps)):
        shape = normalize(cells)
        if not cells:
            return {"kind": "dies", "at": i}
        if shape in seen:
            period = i - seen[shape]
            return {"kind": "still life" if period == 1 else "oscillator/spaceship", "period": period,
                    "first_seen": seen[shape], "population": len(cells)}
        seen[shape] = i
    return {"kind": "unknown", "steps": max_steps}


if __name__ == "__main__":
    glider = """
.#.
..#
###"""
    print(classify(glider), classify("##\n##"), classify("###"), classify("#"))
    g = list(islice(generations(parse(glider)), 5))[-1]
    print(render(g))
