"""Conway's Game of Life on an unbounded grid, stored as a set of live cells."""
from collections import Counter

Cell = tuple[int, int]

PATTERNS = {
    "blinker": [".....", "..#..", "..#..", "..#..", "....."],
    "glider": [".#...", "..#..", "###..", ".....", "....."],
    "block": ["##", "##"],
}


def parse(rows: list[str]) -> frozenset[Cell]:
    return frozenset((r, c) for r, row in enumerate(rows) for c, ch in enumerate(row) if ch in "#O*")


def step(live: frozenset[Cell]) -> frozenset[Cell]:
    neighbours = Counter((r + dr, c + dc) for r, c in live for dr in (-1, 0, 1) for dc in (-1, 0, 1)
                         if (dr, dc) != (0, 0))
    return frozenset(cell for cell, n in neighbours.items() if n == 3 or (n == 2 and cell in live))


def render(live: frozenset[Cell], height: int, width: int) -> str:
    return "\n".join("".join("#" if (r, c) in live else "." for c in range(width)) for r in range(height))


def life(pattern: str | list[str], generations: int = 4, height: int = 6, width: int = 6) -> dict:
    rows = PATTERNS[pattern] if isinstance(pattern, str) else pattern
    live = parse(rows)
    seen: dict[frozenset[Cell], int] = {live: 0}
    period = None
    frames = [render(live, height, width)]
    for gen in range(1, generations + 1):
        live = step(live)
        frames.append(render(live, height, width))
        if live in seen and period is None:
            period = gen - seen[live]
        seen.setdefault(live, gen)
    return {"population": len(live), "period": period, "frames": frames}


if __name__ == "__main__":
    result = life("glider", generations=4)
    print(result["population"], result["period"])
    print("\n\n".join(result["frames"][::2]))
    print(life("blinker")["period"], life("block")["period"])
