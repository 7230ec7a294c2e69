# family: red team, round 36 (copy.copy of a bound classmethod renamed by functools.wraps from a NewType)
import copy
import functools
import typing


def spelled(codes):
    return bytes(codes).decode()


def renamed(source):
    def apply(fn):
        return functools.wraps(source)(fn)

    return apply


TAG = typing.NewType(spelled([95, 95, 99, 108, 97, 115, 115, 95, 95]), int)


class Box:
    @classmethod
    @renamed(TAG)
    def kind(cls):
        return 1


def main():
    meta = copy.copy(Box.kind)  # method.__reduce__ -> getattr(Box, kind.__name__)
    print(meta)
    hook = spelled([95, 95, 103, 101, 116, 97, 116, 116, 114, 95, 95])

    def on_missing(obj, name):
        return "hook ran for " + name

    made = meta("Made", (), {hook: on_missing})
    print(made().anything)


main()
