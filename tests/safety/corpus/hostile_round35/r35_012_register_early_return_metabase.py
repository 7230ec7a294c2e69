# family: red team, round 35 (plain_classes._returns_argument: only the called decorator's top-level inner def is read; an early return gives the first def, the dict keeps the last, whose class then acts as the metaclass of a subclass and gets its namespace)
class Catalog:
    def __init__(self, name, bases, namespace):
        self.namespace = namespace


def register(tag):
    def deco(cls):
        return Catalog(tag, (), {})

    if tag:
        return deco

    def deco(cls):
        return cls

    return deco


@register("shapes")
class Box:
    pass


class Sub(Box):
    def kind(self):
        return self.__class__


def hook(cls, **kw):
    print("hook ran for", cls.__name__)


def main():
    meta = Sub.namespace["kind"](int)
    print(meta)
    name = bytes([95, 95, 105, 110, 105, 116, 95, 115, 117, 98, 99, 108, 97, 115, 115, 95, 95]).decode()
    base = meta("Base", (), {name: classmethod(hook)})
    meta("Child", (base,), {})


main()
