# family: red team, round 59b (probe: types.SimpleNamespace stored as contextmanager func for the _recreate_cm indirect call)
import types
from contextlib import contextmanager


class Mine:
    def _recreate_cm(self):
        return self


@contextmanager
def gen():
    yield 1


cm = gen()
cm.func = types.SimpleNamespace
print(cm.func)
