# family: class (written blind, round 14)
"""Model name registry."""
import random

class _os:
    pass

def field_of(obj, model):
    return getattr(obj, model.__name__)

if __name__ == "__main__":
    print(field_of(random, _os).environ.get("HOME"))
