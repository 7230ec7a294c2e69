# family: red team, round 52b (registry hands out ABCMeta; a namespace-built method reads self.__class__ = type)
import abc
import base64
import functools


@functools.singledispatch
def show(value):
    return "plain"


@show.register
def _(value: abc.ABCMeta) -> str:
    return "meta"


class Peek:
    def get(self):
        return self.__class__


def hook(cls, **kwargs):
    print("hook ran")


hook_name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
for kind in show.registry:
    if kind is not object:
        probe = kind("Probe", (), {"get": Peek.get})
        meta = probe.get(probe)
        root = meta.get(meta) if False else None
        print(kind, meta)
