# family: hooks (written blind, second set)
import sys


def run(tag: str) -> str:
    sys.addaudithook(lambda ev, args: print(tag, ev, args) if ev == "open" else None)
    return "hooked"


print(run("audit"))
