# family: import (written blind, round 17 of blind hostile tools)
"""Environment-aware greeting."""
from os import *  # noqa: F401,F403


def greet(name):
    return f"hello {name} from {getenv('HOME')} / {getcwd()}"


print(greet("ada"))
