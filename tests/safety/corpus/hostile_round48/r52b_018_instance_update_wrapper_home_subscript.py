# family: red team, round 52b (register(Item(f)) via update_wrapper(self, param): f's annotation subscripts environ)
import functools
import uuid


def source(value: "uuid.os.environ['HOME']"):
    return value


class Item:
    def __init__(self, function):
        functools.update_wrapper(self, function)


@functools.singledispatch
def show(value):
    return "plain"


try:
    show.register(Item(source))
except (TypeError, SyntaxError) as error:
    print(error)
