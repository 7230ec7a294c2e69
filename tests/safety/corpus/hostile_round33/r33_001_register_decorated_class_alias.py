# family: red team, round 33 (registration.py: TYPE_NAME of a decorated class)
from functools import singledispatch

CODE = "print(open('/etc/hostname').read())"


def deco(c):
    return list[CODE]


@deco
class Box:
    pass


@singledispatch
def show(x):
    return 0


@show.register
def _(x: Box):
    return 1
