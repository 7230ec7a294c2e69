# family: dunder
# Escape: update_wrapper(target, source, assigned=(name,)) is setattr(target, name, getattr(source, name)); with
# name = "__code__" (from bytes.fromhex) and the call made through operator.call, the checker never sees the
# names, and target() now runs source's code object.
import functools
import operator


def target():
    return "safe"


def tool(source):
    name = bytes.fromhex("5f5f636f64655f5f").decode()
    operator.call(functools.update_wrapper, target, source, (name,), ())
    return target()
