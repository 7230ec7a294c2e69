# family: dataclass field whose default is a property; fields()[0].default.fget(int) runs method with class as self
# checker: refused (exit 1); escape: no
import dataclasses


@dataclasses.dataclass
class D:
    x: object

    @property
    def x(self):
        return type(self)


f = dataclasses.fields(D)[0]
print(f.default.fget(int))
