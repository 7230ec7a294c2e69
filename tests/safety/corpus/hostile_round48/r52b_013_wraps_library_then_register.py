# family: red team, round 52b (wraps(library function)(def) then register: annotations from library globals)
import functools
import tomllib


@functools.singledispatch
def show(value):
    return "plain"


def handler(value):
    return "x"


functools.wraps(tomllib.loads)(handler)
try:
    show.register(handler)
except TypeError as error:
    print(error)
print(show.registry)
