# family: red team, round 53b (module in an annotation; singledispatch.register's TypeError reprs it)
import functools
import json


@functools.singledispatch
def show(x):
    return x


try:
    @show.register
    def _(x: json):
        return x
except TypeError as e:
    print(e)
