# family: red team, round 52b (register(Item(f)): Item.__init__ update_wrappers self from a parameter; f's deep string annotation)
import functools
import uuid


def source(value: "uuid.os.environ"):
    return value


class Item:
    def __init__(self, function):
        functools.update_wrapper(self, function)


@functools.singledispatch
def show(value):
    return "plain"


try:
    show.register(Item(source))
except TypeError as error:
    for part in str(error).split(", "):
        if "'HOME'" in part:
            print(part)
