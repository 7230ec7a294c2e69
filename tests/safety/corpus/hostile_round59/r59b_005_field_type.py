# family: red team, round 59b (dataclass Field.type of an annotation `type` is the builtin type; handed to _recreate_cm via cm.func)
import base64
from contextlib import contextmanager
from dataclasses import dataclass, fields


class Mine:
    def _recreate_cm(self):
        return self


@dataclass
class Holder:
    kind: type


@contextmanager
def gen():
    yield 1


def hook(cls, **kw):
    print("hook ran for", cls.__name__)


key = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
cm = gen()
cm.func = fields(Holder)[0].type
print(cm.func)
cm.args = ("A", (object,), {key: hook})
first = cm._recreate_cm().gen
cm.args = ("B", (first,), {})
second = cm._recreate_cm().gen
print(second)
