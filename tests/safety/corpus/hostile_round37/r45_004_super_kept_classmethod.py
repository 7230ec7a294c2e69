# family: red team, round 45 (super() in a classmethod kept as a value: s.encode(int) is Base.encode plain; no VALUE use of cls or Base)
import json
import base64


def hook(cls):
    print("hook ran on", cls)


def finish(meta):
    print(meta)
    name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
    base = meta("B", (), {name: classmethod(hook)})
    meta("D", (base,), {})


class Base:
    def encode(self):
        return type(self)


class Sub(Base):
    @classmethod
    def parent(cls):
        return super()


s = Sub.parent()
finish(json.dumps(int, cls=lambda **options: s))
