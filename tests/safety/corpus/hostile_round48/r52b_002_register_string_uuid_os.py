# family: red team, round 52b (register: string annotation reaches a module attribute outside the policy)
import functools
import uuid


@functools.singledispatch
def show(value):
    return "plain"


def handler(value: "uuid.os") -> str:
    return "module"


try:
    show.register(handler)
except TypeError as error:
    print(error)
