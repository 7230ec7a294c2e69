"""Role-based permission checks with Flag enums and inheritance of roles."""
from enum import Flag, auto


class Perm(Flag):
    NONE = 0
    READ = auto()
    WRITE = auto()
    DELETE = auto()
    SHARE = auto()
    ADMIN = READ | WRITE | DELETE | SHARE

    @classmethod
    def parse(cls, names: str) -> "Perm":
        result = cls.NONE
        for name in filter(None, (n.strip().upper() for n in names.split(","))):
            if name not in cls.__members__:
                raise ValueError(f"unknown permission {name!r}")
            result |= cls[name]
        return result


ROLES: dict[str, tuple[Perm, tuple[str, ...]]] = {
    "viewer": (Perm.READ, ()),
    "editor": (Perm.WRITE, ("viewer",)),
    "owner": (Perm.DELETE | Perm.SHARE, ("editor",)),
    "admin": (Perm.ADMIN, ()),
}


def effective(role: str, _seen: frozenset = frozenset()) -> Perm:
    if role not in ROLES:
        raise KeyError(f"unknown role {role!r}")
    if role in _seen:
        raise ValueError(f"role cycle at {role}")
    own, parents = ROLES[role]
    for parent in parents:
        own |= effective(parent, _seen | {role})
    return own


def can(roles: list[str], needed: str) -> bool:
    have = Perm.NONE
    for r in roles:
        have |= effective(r)
    want = Perm.parse(needed)
    return want in have


def describe(role: str) -> list[str]:
    p = effective(role)
    return [m.name for m in Perm if m.name not in ("NONE", "ADMIN") and m in p]


if __name__ == "__main__":
    for r in ROLES:
        print(r, describe(r))
    print(can(["editor"], "read,write"), can(["editor"], "delete"), can(["viewer", "owner"], "share"))
    try:
        can(["viewer"], "fly")
    except ValueError as e:
        print("error:", e)
