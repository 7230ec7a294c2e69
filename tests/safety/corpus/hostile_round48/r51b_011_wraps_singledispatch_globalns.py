# family: red team, round 51b (singledispatch.register runs get_type_hints in the __wrapped__ library function's globals)
from __future__ import annotations

import functools
import warnings


class sys:
    pass


@functools.singledispatch
def show(value):
    return value


@functools.wraps(warnings.simplefilter, assigned=("__module__",))
def handler(value: sys):
    return value


try:
    show.register(handler)
except TypeError as err:
    print(err)
