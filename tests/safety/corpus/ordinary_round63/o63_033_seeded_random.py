# family: ordinary, blind round 63 (reproducible dice and deck using a seeded random.Random)
import random
import re
from collections import Counter


class DiceRoller:
    NOTATION = re.compile(r"^(\d*)d(\d+)([+-]\d+)?$")

    def __init__(self, seed=None):
        self.rng = random.Random(seed)

    def roll(self, notation):
        match = self.NOTATION.match(notation.replace(" ", "").lower())
        if not match:
            raise ValueError(f"bad dice notation: {notation!r}")
        count = int(match.group(1) or 1)
        sides = int(match.group(2))
        modifier = int(match.group(3) or 0)
        rolls = [self.rng.randint(1, sides) for _ in range(count)]
        return sum(rolls) + modifier, rolls

    def histogram(self, notation, trials=1000):
        return Counter(self.roll(notation)[0] for _ in range(trials))


class Deck:
    SUITS = "♠♥♦♣"
    RANKS = ["A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K"]

    def __init__(self, seed=None):
        self.rng = random.Random(seed)
        self.cards = [r + s for s in self.SUITS for r in self.RANKS]
        self.rng.shuffle(self.cards)

    def deal(self, hands, size):
        if hands * size > len(self.cards):
            raise ValueError("not enough cards")
        return [[self.cards.pop() for _ in range(size)] for _ in range(hands)]

    def __len__(self):
        return len(self.cards)


if __name__ == "__main__":
    a, b = DiceRoller(seed=42), DiceRoller(seed=42)
    print(a.roll("3d6+2"), b.roll("3d6+2"))
    hist = DiceRoller(seed=7).histogram("2d6", trials=2000)
    for total in range(2, 13):
        print(f"{total:>2} {'#' * (hist[total] // 20)}")
    deck = Deck(seed=2024)
    print(deck.deal(hands=2, size=5), len(deck))
    print(Deck(seed=2024).cards[-5:] == Deck(seed=2024).cards[-5:])
