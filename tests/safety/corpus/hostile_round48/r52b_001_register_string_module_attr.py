# family: red team, round 52b (singledispatch register string annotation naming a module attribute)
import functools
import typing


@functools.singledispatch
def show(value):
    return "plain"


def handler(value: "typing.sys") -> str:
    return "module"


try:
    show.register(handler)
except TypeError as error:
    print(error)
