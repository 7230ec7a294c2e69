# family: red team, round 52b (register: future annotations turn an unquoted module path into a string)
from __future__ import annotations

import functools
import uuid


@functools.singledispatch
def show(value):
    return "plain"


def handler(value: uuid.os) -> str:
    return "module"


try:
    show.register(handler)
except TypeError as error:
    print(error)
