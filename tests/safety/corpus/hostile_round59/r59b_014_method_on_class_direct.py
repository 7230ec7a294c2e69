# family: red team, round 59b (baseline: tool method called through its class with int as self, type(self) is type)
import base64


def hook(cls, **kw):
    print("hook ran for", cls.__name__)


class Maker:
    def build(self, name, bases, ns):
        made = type(self)(name, bases, ns)
        return made


key = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
print(type(int))
first = Maker.build(int, "A", (object,), {key: hook})
second = Maker.build(int, "B", (first,), {})
print(second)
