# family: red team, round 59b (functools.partialmethod read on the class is a plain function: the tool method runs with int as self, type(self) is type)
import base64
import functools


def hook(cls, **kw):
    print("hook ran for", cls.__name__)


class Maker:
    def build(self, name, bases, ns):
        made = type(self)(name, bases, ns)
        return made

    shaped = functools.partialmethod(build)


key = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
first = Maker().shaped.func
print(first)
