# family: ordinary, blind round 53 (dataclasses.replace for immutable state)
from dataclasses import dataclass, replace
from typing import Tuple


@dataclass(frozen=True)
class GameState:
    turn: int = 0
    hp: int = 20
    gold: int = 0
    position: Tuple[int, int] = (0, 0)
    log: Tuple[str, ...] = ()


def step(state: GameState, action: str) -> GameState:
    x, y = state.position
    moves = {"n": (0, 1), "s": (0, -1), "e": (1, 0), "w": (-1, 0)}
    if action in moves:
        dx, dy = moves[action]
        new = replace(state, position=(x + dx, y + dy))
    elif action == "loot":
        new = replace(state, gold=state.gold + 5)
    elif action == "trap":
        new = replace(state, hp=max(0, state.hp - 7))
    else:
        new = state
    return replace(new, turn=state.turn + 1, log=state.log + (action,))


def run(actions):
    history = [GameState()]
    for a in actions:
        history.append(step(history[-1], a))
    return history


if __name__ == "__main__":
    hist = run(["n", "n", "loot", "e", "trap", "loot", "w"])
    for s in hist[::2]:
        print(s.turn, s.position, "hp", s.hp, "gold", s.gold)
    final = hist[-1]
    print("final log:", " -> ".join(final.log))
    print("initial untouched:", hist[0] == GameState())
    undo = hist[-3]
    print("undo 2 steps ->", undo.position, undo.gold)
