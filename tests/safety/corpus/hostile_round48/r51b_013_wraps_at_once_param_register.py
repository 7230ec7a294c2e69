# family: red team, round 51b (wraps(src, (), ())(target) on a parameter: the registered def's __wrapped__ points at json's globals)
from __future__ import annotations

import functools
import json


class codecs:
    pass


@functools.singledispatch
def show(value):
    return value


def handler(value: codecs):
    return value


def adopt(target, source):
    return functools.wraps(source, assigned=(), updated=())(target)


adopt(handler, json.dumps)
try:
    show.register(handler)
except TypeError as err:
    print(err)
