# family: red team, round 23 (special cases: prefixes, future annotations, exit types, library base stores)
# With `from __future__ import annotations` every annotation is a string that singledispatch's .register
# evaluates (typing.get_type_hints) in the function's *module globals*; dispatch.dispatch_annotations resolves
# the names of non-string annotation nodes in the def's enclosing scope. Locally `Probe` and `type` are classes
# (accepted), at run time `Probe` is a global object whose __getitem__ receives the builtin `type`.
from __future__ import annotations

import functools


class Grab:
    def __init__(self):
        self.got = []

    def __getitem__(self, item):
        self.got.append(item)
        return int


Probe = Grab()


@functools.singledispatch
def show(x):
    return x


def setup():
    class Probe:
        pass

    class type:
        pass

    @show.register
    def _(x: Probe[type]):
        return x

    return 0


def entry():
    setup()
    meta = Probe.got[0]
    print(meta)
    made = meta("Made", (), {"greeting": "class built at run time"})
    print(made, made.greeting)


entry()
