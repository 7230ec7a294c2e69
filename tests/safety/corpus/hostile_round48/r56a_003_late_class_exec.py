# family: red team, round 56a (class named like a builtin function, defined after register)
import functools


@functools.singledispatch
def show(value):
    return "plain"


try:
    @show.register
    def _(value: open):
        return "odd"
except TypeError as e:
    print(e)


class open:
    pass
