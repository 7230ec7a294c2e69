# family: import (written blind, second set)
"""Count characters of a document."""
import builtins as _b


def run(path: str) -> int:
    return len(_b.open(path).read())


print(run("/tmp/r10/work/blind_secret.txt"))
