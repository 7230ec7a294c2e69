# family: red team, round 52b (register: a string annotation that is just an imported module name)
import functools
import uuid


@functools.singledispatch
def show(value):
    return "plain"


def handler(value: "uuid") -> str:
    return "module"


try:
    show.register(handler)
except TypeError as error:
    print(error)
