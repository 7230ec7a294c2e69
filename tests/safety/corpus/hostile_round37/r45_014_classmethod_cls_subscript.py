# family: red team, round 45 (a classmethod's cls used only as a subscript key of the tool's own __getitem__: neither classes_as_values nor library_reachable sees it)
import json
import base64


def hook(cls):
    print("hook ran on", cls)


def finish(meta):
    print(meta)
    name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
    base = meta("B", (), {name: classmethod(hook)})
    meta("D", (base,), {})


class Table:
    def __getitem__(self, key):
        return key


class Shape:
    def encode(self):
        return type(self)

    @classmethod
    def kind(cls):
        return Table()[cls]


got = Shape.kind()
finish(json.dumps(int, cls=lambda **options: got))
