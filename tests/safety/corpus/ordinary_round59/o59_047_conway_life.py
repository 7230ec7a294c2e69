# family: ordinary, blind round 59 (Conway's Game of Life on a sparse set)
from collections import Counter
from typing import FrozenSet, Iterator, Set, Tuple

Cell = Tuple[int, int]


def parse_pattern(text: str) -> Set[Cell]:
    return {(r, c) for r, line in enumerate(text.strip().splitlines())
            for c, ch in enumerate(line) if ch in "#O*"}


def step(live: Set[Cell]) -> Set[Cell]:
    counts = Counter((r + dr, c + dc) for r, c in live
                     for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc)
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}


def generations(live: Set[Cell]) -> Iterator[Set[Cell]]:
    while True:
        yield live
        live = step(live)


def render(live: Set[Cell]) -> str:
    if not live:
        return "(empty)"
    rows = [r for r, _ in live]
    cols = [c for _, c in live]
    return "\n".join(
        "".join("#" if (r, c) in live else "." for c in range(min(cols), max(cols) + 1))
        for r in range(min(rows), max(rows) + 1))


def find_period(live: Set[Cell], limit: int = 50) -> int:
    seen = {}
    for i, gen in enumerate(generations(live)):
        key: FrozenSet[Cell] = frozenset(gen)
        if key in seen:
            return i - seen[key]
        if i >= limit:
            return 0
        seen[key] = i
    return 0


if __name__ == "__main__":
    glider = parse_pattern(".#.\n..#\n###")
    for i, gen in zip(range(3), generations(glider)):
        print(f"gen {i}:\n{render(gen)}\n")
    blinker = parse_pattern("###")
    print("blinker period:", find_period(blinker))
    print("block period:", find_period(parse_pattern("##\n##")))
