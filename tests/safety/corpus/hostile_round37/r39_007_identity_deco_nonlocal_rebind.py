# family: red team, round 39 (plain_classes._identity/_bound_names: a nested function rebinds the decorator's parameter through nonlocal; _own_nodes skips nested bodies, so the rebinding is never seen)
class Catalog:
    def __init__(self, name, bases, namespace):
        self.namespace = namespace


def deco(cls):
    def swap():
        nonlocal cls
        cls = Catalog("x", (), {})

    swap()
    return cls


@deco
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
