# family: red team, round 59b (class pattern keyword reads the method off the class itself: plain function, int as self, type(self) is type)
import base64


def hook(cls, **kw):
    print("hook ran for", cls.__name__)


class Maker:
    def build(self, name, bases, ns):
        made = type(self)(name, bases, ns)
        return made


def grab(subject):
    match subject:
        case object(build=found):
            return found
    return None


key = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
raw = grab(Maker)
print(type(int))
first = raw(int, "A", (object,), {key: hook})
second = raw(int, "B", (first,), {})
print(second)
