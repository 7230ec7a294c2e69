# family: red team, round 45 (__exit__ keeps its exception type (our exception class): _exit_types marks classes_as_values but library_reachable ignores it)
import json
import base64


def hook(cls):
    print("hook ran on", cls)


def finish(meta):
    print(meta)
    name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
    base = meta("B", (), {name: classmethod(hook)})
    meta("D", (base,), {})


class Shape(Exception):
    def encode(self):
        return type(self)


class Catch:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, trace):
        self.kind = kind
        return True


c = Catch()
with c:
    raise Shape("x")
got = c.kind
finish(json.dumps(int, cls=lambda **options: got))
