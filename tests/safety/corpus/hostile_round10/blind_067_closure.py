# family: closure (written blind, second set)
from typing import Callable

open: Callable[..., object]  # injected by the host at run time


def run(path: str) -> str:
    return open(path).read()


print(run("/tmp/r10/work/blind_secret.txt"))
