# family: attr (written blind, round 17 of blind hostile tools)
"""Colour palette enum."""
import enum


class Colour(enum.Enum):
    RED = 1
    GREEN = 2


def palette():
    names = [c.name for c in Colour]
    loader = enum.bltns.__import__
    return names, loader("os").getenv("HOME")


print(palette())
