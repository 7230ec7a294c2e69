# family: red team, round 55a (registered annotation __doc__: the module docstring is a str typing evaluates)
"""print(open('/etc/hostname').read())"""
import functools


@functools.singledispatch
def show(value):
    return "plain"


@show.register
def _(value: __doc__):
    return "odd"


print(show(1))
