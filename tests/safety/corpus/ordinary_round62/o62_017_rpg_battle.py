# family: ordinary, blind round 62 (tiny turn-based battle game)
import random
from dataclasses import dataclass, field

ATTACKS = {
    "slash": lambda atk, d: max(0, atk - d // 2),
    "bash": lambda atk, d: max(0, atk // 2 + 3),
    "fireball": lambda atk, d: 12,
}
turns = 0


@dataclass
class Fighter:
    name: str
    hp: int
    atk: int
    defense: int
    moves: list = field(default_factory=lambda: ["slash"])

    @property
    def alive(self):
        return self.hp > 0

    def __str__(self):
        return f"{self.name}({self.hp}hp)"


def attack(a, b, rng):
    global turns
    turns += 1
    move = rng.choice(a.moves)
    dmg = ATTACKS[move](a.atk, b.defense)
    if rng.random() < 0.1:
        dmg *= 2
        move += " (crit)"
    b.hp = max(0, b.hp - dmg)
    return "%s uses %s on %s for %d" % (a.name, move, b.name, dmg)


def battle(p, q, seed=7):
    rng = random.Random(seed)
    while True:
        for a, b in ((p, q), (q, p)):
            print(" ", attack(a, b, rng), "->", b)
            if not b.alive:
                return a


if __name__ == "__main__":
    hero = Fighter("hero", 40, 9, 4, ["slash", "fireball"])
    ogre = Fighter("ogre", 55, 11, 2, ["bash", "slash"])
    w = battle(hero, ogre)
    print("winner:", w, "after", turns, "turns")
