# ordinary: Conway's Game of Life on an infinite grid using sets of live cells and Counter for neighbours
from collections import Counter
from itertools import product
from typing import FrozenSet, Iterator, Set, Tuple

Cell = Tuple[int, int]
OFFSETS = [d for d in product((-1, 0, 1), repeat=2) if d != (0, 0)]

GLIDER = """
.#.
..#
###
"""


def parse(pattern: str) -> Set[Cell]:
    rows = pattern.strip().splitlines()
    return {(r, c) for r, row in enumerate(rows) for c, ch in enumerate(row) if ch == "#"}


def step(live: Set[Cell]) -> Set[Cell]:
    counts = Counter((r + dr, c + dc) for r, c in live for dr, dc in OFFSETS)
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}


def run(live: Set[Cell], generations: int) -> Iterator[Set[Cell]]:
    seen: dict[FrozenSet[Cell], int] = {}
    for gen in range(generations):
        key = frozenset(live)
        if key in seen:
            print(f"cycle detected: generation {gen} repeats generation {seen[key]}")
            return
        seen[key] = gen
        yield live
        live = step(live)


def render(live: Set[Cell]) -> str:
    if not live:
        return "(empty)"
    rows = [r for r, _ in live]
    cols = [c for _, c in live]
    return "\n".join(
        "".join("#" if (r, c) in live else "." for c in range(min(cols), max(cols) + 1))
        for r in range(min(rows), max(rows) + 1)
    )


if __name__ == "__main__":
    for gen, cells in enumerate(run(parse(GLIDER), 5)):
        print(f"gen {gen} ({len(cells)} cells)\n{render(cells)}\n")
    blinker = {(0, 0), (0, 1), (0, 2)}
    print(sum(1 for _ in run(blinker, 10)), "distinct blinker states")
