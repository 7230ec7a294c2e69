# family: red team, round 54a (register a functools.partial of a function with a string annotation)
import functools


@functools.singledispatch
def show(value):
    return "plain"


def picked(value: int):
    return "odd"


show.register(functools.partial(picked))
print(show(1))
