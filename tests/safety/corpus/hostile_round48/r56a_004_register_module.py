# family: red team, round 56a (register(module): TypeError message reprs the module)
import functools
import json


@functools.singledispatch
def show(value):
    return "plain"


try:
    show.register(json)
except TypeError as e:
    print(e)
