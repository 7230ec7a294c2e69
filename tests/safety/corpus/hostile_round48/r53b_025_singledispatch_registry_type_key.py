# family: red team, round 53b (singledispatch registry keeps the annotation class `type` as a key)
import base64
import functools


@functools.singledispatch
def show(x):
    return x


@show.register
def _(x: type):
    return x


t = [k for k in show.registry if k is not object][0]
print(t)
hook = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()


def ran(cls):
    print("hook ran")


Base = t("Base", (), {hook: classmethod(ran)})
Sub = t("Sub", (Base,), {})
