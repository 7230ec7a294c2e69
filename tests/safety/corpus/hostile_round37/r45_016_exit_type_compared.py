# family: red team, round 45 (__exit__ only compares its exception type, but with a probe whose __eq__ keeps it)
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


class Shape(Exception):
    def encode(self):
        return type(self)


class Catch:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, trace):
        return kind != probe


with Catch():
    raise Shape("x")
got = probe.seen[0]
finish(json.dumps(int, cls=lambda **options: got))
