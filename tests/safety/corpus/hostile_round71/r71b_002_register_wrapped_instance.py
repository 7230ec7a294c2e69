# family: singledispatch.register of an object whose __wrapped__ points at a library function (globals of contextlib)
from __future__ import annotations

import contextlib
import functools


class Box:
    item: sys

    def __init__(self):
        self.n = 1


@functools.singledispatch
def show(x):
    return x


b = Box()
functools.update_wrapper(b, contextlib.nullcontext, (), ())
try:
    show.register(b)
except TypeError as exc:
    print(exc)
