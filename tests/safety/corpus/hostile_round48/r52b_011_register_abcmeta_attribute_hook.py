# family: red team, round 52b (register annotated abc.ABCMeta by module path; registry hands out the metaclass)
import abc
import base64
import functools


@functools.singledispatch
def show(value):
    return "plain"


@show.register
def _(value: abc.ABCMeta) -> str:
    return "meta"


def hook(cls, **kwargs):
    print("hook ran")


hook_name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
for kind in show.registry:
    if kind is not object:
        print(kind)
        made = kind("Made", (), {hook_name: classmethod(hook)})
        kind("Child", (made,), {})
