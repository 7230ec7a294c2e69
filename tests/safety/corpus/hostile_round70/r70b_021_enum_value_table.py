# family: a class-body tuple table that is also an Enum member value
# result: checker REFUSED; escape no
import enum
class E(enum.Enum):
    T = ("real", "imag")
    def show(self, x):
        for key in self.value:
            print(getattr(x, key, None))
E.T.show(E.show)
