# family: red team, round 66b (Enum functional API given a run-time dunder name sets a hook on the new class)
import enum


def hook(*args, **kwargs):
    print("hook ran")


key = "".join(["_", "_", "init", "_", "subclass", "_", "_"])
E = enum.Enum("E", [(key, hook)])


class F(E):
    pass
