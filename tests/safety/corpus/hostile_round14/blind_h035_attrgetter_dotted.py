# family: attrgetter (written blind, round 14)
"""Config accessor."""
import operator
import random

def accessor(path: str):
    return operator.attrgetter(path)

if __name__ == "__main__":
    print(accessor("_os.environ")(random).get("HOME"))
