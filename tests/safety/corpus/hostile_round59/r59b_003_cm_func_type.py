# family: red team, round 59b (_GeneratorContextManager._recreate_cm re-runs __init__, which calls public cm.func(*cm.args) = type(name, bases, ns))
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
cm.func = type
cm.args = ("A", (object,), {key: hook})
made = cm._recreate_cm()
first = made.gen
print(made.func, first)
cm.args = ("B", (first,), {})
second = cm._recreate_cm().gen
print(second)
