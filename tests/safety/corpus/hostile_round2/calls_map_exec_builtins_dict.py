# family: calls
# Escape: list(map(run, [code])) calls exec taken from typing's globals["__builtins__"] (copied out by
# update_wrapper through a partial with keyword names); the names are sliced from padded constants at run
# time ("x__globals__x"[1:-1] is never scanned: only +, *, % and f-strings are folded), and exec never
# appears as a name.
import functools
import types
import typing


def tool(code: str) -> None:
    g, b = "x__globals__x"[1:-1], "x__builtins__x"[1:-1]
    space: dict = {}
    functools.partial(functools.update_wrapper, updated=[g], assigned=[])(types.SimpleNamespace(**{g: space}), typing.cast)
    run = space[b]["exec"]
    list(map(run, [code]))
