# family: ordinary, blind round 60 (Conway's Game of Life on a sparse set with pattern loading)
from collections import Counter
from itertools import product, islice
from typing import Iterator

Cell = tuple[int, int]
NEIGHBOR_OFFSETS = [d for d in product((-1, 0, 1), repeat=2) if d != (0, 0)]

PATTERNS = {
    "glider": ".#.\n..#\n###",
    "blinker": "###",
    "block": "##\n##",
}


class Life:
    def __init__(self, cells: set[Cell] | None = None):
        self.cells: set[Cell] = set(cells or ())
        self.generation = 0

    @classmethod
    def from_string(cls, art: str, origin: Cell = (0, 0)) -> "Life":
        ox, oy = origin
        return cls({(ox + x, oy + y) for y, row in enumerate(art.splitlines())
                    for x, ch in enumerate(row) if ch == "#"})

    def step(self) -> "Life":
        counts = Counter((x + dx, y + dy) for x, y in self.cells for dx, dy in NEIGHBOR_OFFSETS)
        self.cells = {c for c, n in counts.items() if n == 3 or (n == 2 and c in self.cells)}
        self.generation += 1
        return self

    def __iter__(self) -> Iterator[frozenset[Cell]]:
        while True:
            yield frozenset(self.cells)
            self.step()

    def bounds(self) -> tuple[int, int, int, int]:
        xs, ys = [x for x, _ in self.cells], [y for _, y in self.cells]
        return min(xs), min(ys), max(xs), max(ys)

    def render(self) -> str:
        if not self.cells:
            return "(empty)"
        x0, y0, x1, y1 = self.bounds()
        return "\n".join("".join("#" if (x, y) in self.cells else "." for x in range(x0, x1 + 1))
                         for y in range(y0, y1 + 1))


def period(life: Life, limit: int = 50) -> int | None:
    seen: dict[frozenset, int] = {}
    for gen, state in enumerate(islice(life, limit)):
        if state in seen:
            return gen - seen[state]
        seen[state] = gen
    return None


if __name__ == "__main__":
    g = Life.from_string(PATTERNS["glider"])
    for _ in range(4):
        g.step()
    print(f"glider after {g.generation} gens, bounds {g.bounds()}:\n{g.render()}")
    for name in ("blinker", "block", "glider"):
        print(f"{name:8} period: {period(Life.from_string(PATTERNS[name]))}")
