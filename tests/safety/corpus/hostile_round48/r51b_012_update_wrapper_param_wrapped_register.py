# family: red team, round 51b (update_wrapper on a parameter sets __wrapped__ of a def that .register then evaluates in library globals)
from __future__ import annotations

import functools
import warnings


class sys:
    pass


@functools.singledispatch
def show(value):
    return value


def handler(value: sys):
    return value


def install(target, source):
    functools.update_wrapper(target, source, (), ())


install(handler, warnings.simplefilter)
try:
    show.register(handler)
except TypeError as err:
    print(err)
