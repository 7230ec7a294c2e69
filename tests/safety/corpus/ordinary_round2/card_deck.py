# ordinary: playing-card deck with Enum suits/ranks, total_ordering cards, seeded shuffle and poker hand check
import random
from collections import Counter
from dataclasses import dataclass
from enum import Enum, IntEnum
from functools import total_ordering


class Suit(Enum):
    CLUBS = "♣"
    DIAMONDS = "♦"
    HEARTS = "♥"
    SPADES = "♠"


class Rank(IntEnum):
    TWO = 2; THREE = 3; FOUR = 4; FIVE = 5; SIX = 6; SEVEN = 7; EIGHT = 8
    NINE = 9; TEN = 10; JACK = 11; QUEEN = 12; KING = 13; ACE = 14

    @property
    def symbol(self) -> str:
        return {11: "J", 12: "Q", 13: "K", 14: "A"}.get(self.value, str(self.value))


@total_ordering
@dataclass(frozen=True)
class Card:
    rank: Rank
    suit: Suit

    def __lt__(self, other: "Card") -> bool:
        return (self.rank, self.suit.name) < (other.rank, other.suit.name)

    def __str__(self) -> str:
        return f"{self.rank.symbol}{self.suit.value}"


def new_deck() -> list[Card]:
    return [Card(r, s) for s in Suit for r in Rank]


def deal(seed: int, hands: int = 2, size: int = 5) -> list[list[Card]]:
    deck = new_deck()
    random.Random(seed).shuffle(deck)
    return [sorted(deck[i * size:(i + 1) * size]) for i in range(hands)]


def classify(hand: list[Card]) -> str:
    counts = sorted(Counter(c.rank for c in hand).values(), reverse=True)
    ranks = sorted(c.rank for c in hand)
    flush = len({c.suit for c in hand}) == 1
    straight = len(set(ranks)) == 5 and ranks[-1] - ranks[0] == 4
    if straight and flush:
        return "straight flush"
    match counts:
        case [4, 1]: return "four of a kind"
        case [3, 2]: return "full house"
        case _ if flush: return "flush"
        case _ if straight: return "straight"
        case [3, 1, 1]: return "three of a kind"
        case [2, 2, 1]: return "two pair"
        case [2, 1, 1, 1]: return "pair"
        case _: return f"high card {max(hand)}"


if __name__ == "__main__":
    print(len(new_deck()), "cards;", ", ".join(s.name.title() for s in Suit.__members__.values()))
    for seed in (1, 7, 42):
        for hand in deal(seed):
            print(seed, " ".join(map(str, hand)), "->", classify(hand))
