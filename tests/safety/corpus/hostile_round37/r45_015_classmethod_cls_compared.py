# family: red team, round 45 (a classmethod's cls only compared with a probe whose __eq__ keeps it)
import json
import base64


def hook(cls):
    print("hook ran on", cls)


def finish(meta):
    print(meta)
    name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
    base = meta("B", (), {name: classmethod(hook)})
    meta("D", (base,), {})


class Probe:
    def __init__(self):
        self.seen = []

    def __eq__(self, other):
        self.seen.append(other)
        return False


probe = Probe()


class Shape:
    def encode(self):
        return type(self)

    @classmethod
    def check(cls):
        return cls == probe


Shape.check()
got = probe.seen[0]
finish(json.dumps(int, cls=lambda **options: got))
