# family: red team, round 45 (Shape == probe (an operand) hands Shape to the probe's __eq__ (reflected), which keeps it)
import json
import base64


def hook(cls):
    print("hook ran on", cls)


def finish(meta):
    print(meta)
    name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
    base = meta("B", (), {name: classmethod(hook)})
    meta("D", (base,), {})


class Shape:
    def encode(self):
        return type(self)


class Probe:
    def __init__(self):
        self.seen = []

    def __eq__(self, other):
        self.seen.append(other)
        return False


probe = Probe()
if Shape == probe:
    print("no")
got = probe.seen[0]
finish(json.dumps(int, cls=lambda **options: got))
