# family: registry
# Escape: annotating a registered function with an imported metaclass (abc.ABCMeta) is accepted; the registry
# key is then ABCMeta itself, which the tool calls as a class factory (a class with a __del__ hook).
import functools
from abc import ABCMeta


@functools.singledispatch
def dispatch(value):
    return value


@dispatch.register
def _(value: ABCMeta):
    return value


def tool(name: str) -> str:
    u = "_" * 2
    keys = [k for k in dispatch.registry if k is not object]
    Made = keys[0](name, (), {u + "del" + u: lambda self: print("finaliser")})
    return repr(Made())
