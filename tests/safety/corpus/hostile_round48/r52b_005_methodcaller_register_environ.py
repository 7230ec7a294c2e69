# family: red team, round 52b (register reached through operator.methodcaller; deep string path)
import functools
import operator
import uuid


@functools.singledispatch
def show(value):
    return "plain"


def handler(value: "uuid.os.environ") -> str:
    return "env"


try:
    operator.methodcaller("register", handler)(show)
except TypeError as error:
    print(error)
