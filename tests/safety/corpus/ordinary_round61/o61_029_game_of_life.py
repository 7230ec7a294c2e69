# family: ordinary, blind round 61 (Conway's Game of Life runner)
import random
from collections import Counter
from itertools import product

Cell = tuple[int, int]
NEIGHBOUR_OFFSETS = [d for d in product((-1, 0, 1), repeat=2) if d != (0, 0)]


def _step(live: set[Cell], width: int, height: int, wrap: bool) -> set[Cell]:
    counts: Counter[Cell] = Counter()
    for (r, c) in live:
        for dr, dc in NEIGHBOUR_OFFSETS:
            nr, nc = r + dr, c + dc
            if wrap:
                nr, nc = nr % height, nc % width
            elif not (0 <= nr < height and 0 <= nc < width):
                continue
            counts[(nr, nc)] += 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}


def _render(live: set[Cell], width: int, height: int) -> list[str]:
    return ["".join("#" if (r, c) in live else "." for c in range(width)) for r in range(height)]


def game_of_life(width: int = 10, height: int = 8, generations: int = 10, density: float = 0.3,
                 seed: int = 0, wrap: bool = True) -> dict:
    """Run Conway's Game of Life from a seeded random board and detect stabilisation."""
    rng = random.Random(seed)
    live = {(r, c) for r in range(height) for c in range(width) if rng.random() < density}
    history = {frozenset(live): 0}
    populations = [len(live)]
    status = "running"
    for gen in range(1, generations + 1):
        live = _step(live, width, height, wrap)
        populations.append(len(live))
        key = frozenset(live)
        if key in history:
            status = f"cycle of period {gen - history[key]} detected at generation {gen}"
            break
        history[key] = gen
    return {"status": status, "populations": populations, "final_board": _render(live, width, height)}


if __name__ == "__main__":
    result = game_of_life(generations=30, seed=3)
    print(result["status"])
    print(result["populations"])
    print("\n".join(result["final_board"]))
