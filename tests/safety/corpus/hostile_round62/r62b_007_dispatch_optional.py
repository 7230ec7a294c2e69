# family: red team, round 62b (singledispatch register annotated Optional[type] puts type in the registry)
from functools import singledispatch
from typing import Optional, Union


class Base:
    pass


def hook(cls, **kw):
    print("hook ran for", cls)


@singledispatch
def show(x):
    return "other"


@show.register
def _(x: Optional[type]):
    return "union"


def main():
    maker = None
    for key in show.registry:
        if key is not object and key is not int and key is not None.__class__:
            maker = key
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (Base,), {name: hook})
    maker("Child", (made,), {})


main()
