# family: red team, round 55a (registered annotation __name__: "__main__" is looked up as a global)
import functools


@functools.singledispatch
def show(value):
    return "plain"


@show.register
def _(value: __name__):
    return "odd"


print(show(1))
