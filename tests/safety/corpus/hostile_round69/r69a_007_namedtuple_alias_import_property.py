# family: NamedTuple imported under alias (implicit_reads matches base name 'NamedTuple' only); field default property fget(int)
# checker: refused (exit 1); escape: no
from typing import NamedTuple as Rec


class NT(Rec):
    x: object

    @property
    def x(self):
        return type(self)("N", (), {"a": 1})


p = NT._field_defaults["x"]
print(p.fget(int))
