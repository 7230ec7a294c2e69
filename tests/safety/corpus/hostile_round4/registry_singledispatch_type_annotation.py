# family: registry
# Escape: a function registered with @dispatch.register may be annotated with any builtin class, and `type` is
# one (the register rule only asks that annotations be classes). singledispatch stores the annotation class as
# a registry key, so iterating dispatch.registry hands out the metaclass `type`: a run-time class factory.
import functools


@functools.singledispatch
def dispatch(value):
    return value


@dispatch.register
def _(value: type):
    return value


def tool(name: str):
    u = "_" * 2
    for key in dispatch.registry:
        if key is not object:
            return key(name, (), {u + "getattr" + u: lambda self, a: a})().anything
