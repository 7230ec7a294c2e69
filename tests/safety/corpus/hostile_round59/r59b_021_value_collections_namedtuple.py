# family: red team, round 59b (probe: collections.namedtuple stored as contextmanager func for the _recreate_cm indirect call)
import collections
from contextlib import contextmanager


class Mine:
    def _recreate_cm(self):
        return self


@contextmanager
def gen():
    yield 1


cm = gen()
cm.func = collections.namedtuple
print(cm.func)
