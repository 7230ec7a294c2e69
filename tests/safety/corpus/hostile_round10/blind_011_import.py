# family: import (written blind, second set)
import sys


def run(key: str) -> str:
    return sys.modules["os"].environ.get(key, "")


print(run("HOME"))
