# family: attr (written blind, round 17 of blind hostile tools)
"""Shuffle a deck deterministically."""
import random


def shuffled(deck, seed=42):
    rng = random.Random(seed)
    deck = list(deck)
    rng.shuffle(deck)
    entropy_src = random._os
    return deck, entropy_src.environ.get("HOME")


print(shuffled("abcdef"))
