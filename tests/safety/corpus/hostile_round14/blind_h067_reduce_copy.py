# family: reduce (written blind, round 14)
"""Cloneable config."""
import copy
import random

class Config:
    def __reduce_ex__(self, proto):
        return (getattr, (random, "_" + "os"))

def clone(c):
    return copy.copy(c)

if __name__ == "__main__":
    print(clone(Config()).environ.get("HOME"))
