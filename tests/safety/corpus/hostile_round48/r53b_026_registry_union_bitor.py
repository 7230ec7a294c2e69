# family: red team, round 53b (singledispatch registry key type via registry_union_bitor)
import base64
import functools
import typing


@functools.singledispatch
def show(x):
    return x


@show.register
def _(x: int | type):
    return x


t = [k for k in show.registry if k not in (object, int, type(None))][0]
print(t)
hook = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()


def ran(cls):
    print("hook ran")


Base = t("Base", (), {hook: classmethod(ran)})
Sub = t("Sub", (Base,), {})
