# family: dataclass field default is property; fget(int) runs type(self)(name,bases,ns) with self=int
# checker: refused (exit 1); escape: no
import dataclasses


@dataclasses.dataclass
class D:
    x: object

    @property
    def x(self):
        return type(self)("N", (), {"a": 1})


f = dataclasses.fields(D)[0]
print(f.default.fget(int))
