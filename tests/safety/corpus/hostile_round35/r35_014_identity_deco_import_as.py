# family: red team, round 35 (plain_classes._identity: an import inside the decorator rebinds its parameter to collections.Counter; the alias name is a string, not a Name store)
def deco(cls):
    from collections import Counter as cls
    return cls


@deco
class Box:
    pass


def hook(cls, **kw):
    print("hook ran for", cls.__name__)


def main():
    meta = Box.copy(int)
    print(meta)
    name = bytes([95, 95, 105, 110, 105, 116, 95, 115, 117, 98, 99, 108, 97, 115, 115, 95, 95]).decode()
    base = meta("Base", (), {name: classmethod(hook)})
    meta("Child", (base,), {})


main()
