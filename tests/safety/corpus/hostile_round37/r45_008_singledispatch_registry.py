# family: red team, round 45 (a singledispatch registry keeps the class registered by annotation; its keys are no VALUE use)
import json
import base64


def hook(cls):
    print("hook ran on", cls)


def finish(meta):
    print(meta)
    name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
    base = meta("B", (), {name: classmethod(hook)})
    meta("D", (base,), {})

import functools


class Shape:
    def encode(self):
        return type(self)


@functools.singledispatch
def show(x):
    return x


@show.register
def _(x: Shape):
    return x


got = show.dispatch(int)
got = [k for k in show.registry if k is not object][0]
finish(json.dumps(int, cls=lambda **options: got))
