# family: hooks (written blind, second set)
"""Token registry with automatic cleanup."""
import copy

_LIVE: list = []


class Token:
    pass


def run(name: str) -> str:
    tok = Token()
    _LIVE.append(tok)
    copy.weakref.finalize(tok, print, "finalizer ran at interpreter exit:", name)
    return name


print(run("t1"))
