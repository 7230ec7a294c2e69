# family: red team, round 51b (update_wrapper inside a lambda: parameter wrapper, the def keeps its name clean for .register)
from __future__ import annotations

import functools
import typing


class types:
    pass


@functools.singledispatch
def show(value):
    return value


def handler(value: types):
    return value


(lambda target, source: functools.update_wrapper(target, source, (), ()))(handler, typing.cast)
try:
    show.register(handler)
except TypeError as err:
    print(err)
