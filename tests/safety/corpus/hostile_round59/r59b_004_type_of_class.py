# family: red team, round 59b (type(int) result kept as a value is the builtin type; cm.func = it, _recreate_cm runs type(name, bases, ns))
import base64
from contextlib import contextmanager


class Mine:
    def _recreate_cm(self):
        return self


@contextmanager
def gen():
    yield 1


def hook(cls, **kw):
    print("hook ran for", cls.__name__)


key = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
cm = gen()
cm.func = type(int)
print(cm.func)
cm.args = ("A", (object,), {key: hook})
first = cm._recreate_cm().gen
cm.args = ("B", (first,), {})
second = cm._recreate_cm().gen
print(second)
