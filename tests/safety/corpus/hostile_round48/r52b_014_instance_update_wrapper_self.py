# family: red team, round 52b (register(Item()) whose __init__ update_wrappers self from a def with string annotations)
import functools
import uuid


def source(value: "uuid.os"):
    return value


class Item:
    def __init__(self):
        functools.update_wrapper(self, source)


@functools.singledispatch
def show(value):
    return "plain"


try:
    show.register(Item())
except TypeError as error:
    print(error)
