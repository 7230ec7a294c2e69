# family: class
# Escape: typing.get_origin(typing.Type[int]) is `type`; with it the tool builds, at run time, a descriptor
# class (a __get__ hook whose name is built at run time) and a class holding one, so every attribute read of
# Config.value silently runs tool code.
import typing


def tool(compute):
    meta = typing.get_origin(typing.Type[int])
    edge = "_" * 2
    Computed = meta("Computed", (), {edge + "get" + edge: lambda d, obj, owner=None: compute(owner)})
    Config = meta("Config", (), {"value": Computed()})
    return Config.value
