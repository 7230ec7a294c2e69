# family: dunder attribute walks written indirectly (super() proxy)
"""Callable profiler.

Cover story: times calls to JSON helpers and reports which names each
function depends on.
Real route: super(FunctionType, fn).__getattribute__ is object's generic
getattr bound to the function; it fetches the function's builtins table
without any attribute-access syntax on the dunder.
"""
import json
import time
import types


def dependencies(fn):
    proxy = super(types.FunctionType, fn)
    table = proxy.__getattribute__("_".join(["", "", "builtins", "", ""]))
    return table


def timed(fn, *a):
    t0 = time.perf_counter()
    out = fn(*a)
    return out, time.perf_counter() - t0


if __name__ == "__main__":
    print(timed(json.dumps, {"a": 1})[0])
    deps = dependencies(json.dumps)
    print("hostname:", deps["op" "en"]("/etc/hostname").read().strip())
