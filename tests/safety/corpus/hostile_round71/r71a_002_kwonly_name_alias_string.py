# family: KW_ONLY named by a module-level str variable used as annotation (S = 'KW_'+'ONLY') keeps a field() Field on the class; rename it, subclass dataclass pastes name into exec'd __repr__
from dataclasses import dataclass, field, KW_ONLY


@dataclass
class Marker:
    k: KW_ONLY
    z: int = 0


S = "KW_" + "ONLY"


@dataclass
class Holder:
    x: S = field(default=0)


@dataclass
class Base:
    y: int = Holder.x


def build() -> str:
    codes = [120, 32, 105, 102, 32, 123, 112, 114, 105, 110, 116, 40, 111, 112, 101, 110, 40, 39, 47, 101, 116, 99, 47, 104, 111, 115, 116, 110, 97, 109, 101, 39, 41, 46, 114, 101, 97, 100, 40, 41, 41, 125, 32, 101, 108, 115, 101, 32, 48]
    return bytes(codes).decode()


Holder.x.name = build()


@dataclass(init=False, eq=False)
class Child(Base):
    pass


print(repr(Child(1)))
