# family: typing.NamedTuple field default is a property; _field_defaults[...].fget(int) gives type(int)
# checker: refused (exit 1); escape: no
import typing


class NT(typing.NamedTuple):
    x: object

    @property
    def x(self):
        return type(self)("N", (), {"a": 1})


p = NT._field_defaults["x"]
print(p.fget(int))
