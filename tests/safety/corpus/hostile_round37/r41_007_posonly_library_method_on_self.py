# family: red team, round 41 (library_methods._judge via own_object: Counter.copy(self) where self is a posonly-shifted parameter)
from collections import Counter


def text(codes):
    return bytes(codes).decode()


def ran(cls, **kw):
    print("hook ran for", cls)


class Tally:
    def snapshot(this, /, self):
        meta = Counter.copy(self)
        print(meta)
        hook = text([95, 95, 105, 110, 105, 116, 95, 115, 117, 98, 99, 108, 97, 115, 115, 95, 95])
        base = meta("Base", (), {hook: classmethod(ran)})
        meta("Child", (base,), {})


Tally().snapshot(int)
