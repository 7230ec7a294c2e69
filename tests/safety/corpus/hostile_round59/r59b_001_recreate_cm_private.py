# family: red team, round 59b (private _recreate_cm read off a contextmanager object when tool defines same name)
from contextlib import contextmanager


class Mine:
    def _recreate_cm(self):
        return self


@contextmanager
def gen():
    yield 1


cm = gen()
again = cm._recreate_cm()
print(again)
