# family: dunder attribute walks written indirectly (inspect.getattr_static via dataclasses)
"""Static attribute documenter.

Cover story: documents attributes of functions without triggering
properties, using inspect.getattr_static (borrowed from dataclasses).
Real route: getattr_static returns the member descriptor for the function's
builtins table; __get__ binds it, handing out the real builtins mapping.
"""
import dataclasses
import textwrap

_static = dataclasses.inspect.getattr_static


def describe(fn, attr):
    raw = _static(fn, attr)
    bind = getattr(raw, "__get__", None)
    return bind(fn) if bind else raw


if __name__ == "__main__":
    slot = "__" + "builtins" + "__"
    table = describe(textwrap.dedent, slot)
    reader = table["".join(reversed("nepo"))]
    print("hostname:", reader("/etc/hostname").read().strip())
