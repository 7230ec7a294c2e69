# family: red team, round 45 (a dataclass Field's .type holds a class of the tool (class channel), never a VALUE use)
import json
import base64


def hook(cls):
    print("hook ran on", cls)


def finish(meta):
    print(meta)
    name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
    base = meta("B", (), {name: classmethod(hook)})
    meta("D", (base,), {})

import dataclasses


class Shape:
    def encode(self):
        return type(self)


@dataclasses.dataclass
class Holder:
    item: Shape


got = dataclasses.fields(Holder)[0].type
finish(json.dumps(int, cls=lambda **options: got))
