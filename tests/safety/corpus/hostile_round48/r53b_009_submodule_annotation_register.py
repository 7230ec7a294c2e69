# family: red team, round 53b (submodule attribute path as a registered function's annotation)
import collections.abc
import functools


@functools.singledispatch
def show(x):
    return x


try:
    @show.register
    def _(x: collections.abc):
        return x
except TypeError as e:
    print(e)
