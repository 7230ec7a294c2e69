# family: submod (written blind, second set)
import typing


def run(name: str) -> str:
    registry = typing.sys.modules
    return registry["os"].environ.get(name, "?")


print(run("HOME"))
