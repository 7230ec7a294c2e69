# family: red team, round 45 (ExitStack.push(callback) calls it with the exception's class (Shape): a class channel, not a VALUE use)
import json
import base64


def hook(cls):
    print("hook ran on", cls)


def finish(meta):
    print(meta)
    name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
    base = meta("B", (), {name: classmethod(hook)})
    meta("D", (base,), {})

import contextlib


class Shape(Exception):
    def encode(self):
        return type(self)


seen = []


def on_exit(kind, value, trace):
    seen.append(kind)
    return True


with contextlib.ExitStack() as stack:
    stack.push(on_exit)
    raise Shape("x")
got = seen[0]
finish(json.dumps(int, cls=lambda **options: got))
