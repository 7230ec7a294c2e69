# family: red team, round 64b (__exit__ subscripts a Generic exception class: typing's alias forwards attribute reads to the class)
from typing import Generic, TypeVar

T = TypeVar("T")


def hook(cls, **kw):
    print("hook ran for", cls)


found = []


class Probe(Exception, Generic[T]):
    def kind(self):
        return type(self)(self)


class Guard:
    def __enter__(self):
        return self

    def __exit__(self, typ, value, tb):
        alias = typ[int]
        found.append(alias.kind(int))
        return True


def main():
    with Guard():
        raise Probe("p")
    maker = found[0]
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (object,), {name: hook})
    maker("Child", (made,), {})


main()
