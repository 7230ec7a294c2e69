# family: red team, round 45 (a recorded warning's category is the tool's Warning class: a class channel, not a VALUE use)
import json
import base64


def hook(cls):
    print("hook ran on", cls)


def finish(meta):
    print(meta)
    name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
    base = meta("B", (), {name: classmethod(hook)})
    meta("D", (base,), {})

import warnings


class Shape(UserWarning):
    def encode(self):
        return type(self)


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn(Shape("x"))
got = caught[0].category
finish(json.dumps(int, cls=lambda **options: got))
