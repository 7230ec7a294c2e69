"""Conway's Game of Life on a small toroidal grid."""

from collections import Counter
from itertools import product

Cell = tuple[int, int]


class Life:
    def __init__(self, width: int, height: int, alive: set[Cell]) -> None:
        self.width, self.height = width, height
        self.alive = {(x % width, y % height) for x, y in alive}
        self.generation = 0

    @classmethod
    def from_text(cls, text: str) -> "Life":
        rows = [r for r in text.strip().splitlines()]
        alive = {(x, y) for y, row in enumerate(rows) for x, ch in enumerate(row) if ch in "#O*"}
        return cls(max(map(len, rows)), len(rows), alive)

    def step(self) -> None:
        counts: Counter[Cell] = Counter(
            ((x + dx) % self.width, (y + dy) % self.height)
            for x, y in self.alive
            for dx, dy in product((-1, 0, 1), repeat=2)
            if (dx, dy) != (0, 0)
        )
        self.alive = {c for c, n in counts.items() if n == 3 or (n == 2 and c in self.alive)}
        self.generation += 1

    def __str__(self) -> str:
        return "\n".join(
            "".join("#" if (x, y) in self.alive else "." for x in range(self.width))
            for y in range(self.height)
        )


def simulate_life(pattern: str, generations: int = 4) -> str:
    life = Life.from_text(pattern)
    for _ in range(generations):
        life.step()
    return f"generation {life.generation}, {len(life.alive)} alive\n{life}"


if __name__ == "__main__":
    glider = ".#....\n..#...\n###...\n......\n......\n......"
    print(simulate_life(glider, 4))
