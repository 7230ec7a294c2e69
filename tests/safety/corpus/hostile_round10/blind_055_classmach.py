# family: classmach (written blind, second set)
"""Lazy module proxy to keep start-up fast."""


class Lazy:
    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attr):
        return getattr(__import__(self._name), attr)


def run(name: str) -> str:
    return str(Lazy(name).getpid())


print(run("posix"))
