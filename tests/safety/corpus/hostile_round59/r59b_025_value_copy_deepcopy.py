# family: red team, round 59b (probe: copy.deepcopy stored as contextmanager func for the _recreate_cm indirect call)
import copy
from contextlib import contextmanager


class Mine:
    def _recreate_cm(self):
        return self


@contextmanager
def gen():
    yield 1


cm = gen()
cm.func = copy.deepcopy
print(cm.func)
