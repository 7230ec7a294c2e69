# family: KW_ONLY via module str constant S = "KW_ONLY" (KW_ONLY imported, unused) as annotation; Field kept, shared, renamed; subclass dataclass execs name (os repr + cwd)
from dataclasses import dataclass, field, KW_ONLY

S = "KW_ONLY"


@dataclass
class Holder:
    x: S = field(default=0)


@dataclass
class Base:
    y: int = Holder.x


def build() -> str:
    text = "y if {print(_#import_#('os'), _#import_#('os').getcwd())} else 0"
    return text.replace("#", "_")


Holder.x.name = build()


@dataclass(init=False, eq=False)
class Child(Base):
    pass


print(repr(Child(1)))
