# family: red team, round 52b (register reached through getattr with a constant name; deep string path)
import functools
import uuid


@functools.singledispatch
def show(value):
    return "plain"


def handler(value: "uuid.os.environ") -> str:
    return "env"


try:
    getattr(show, "register")(handler)
except TypeError as error:
    print(error)
