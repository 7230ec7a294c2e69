"""Role-based permissions using a Flag bitmask."""
from enum import Flag, auto


class Perm(Flag):
    NONE = 0
    READ = auto()
    WRITE = auto()
    DELETE = auto()
    SHARE = auto()
    ADMIN = auto()

    EDITOR = READ | WRITE
    OWNER = READ | WRITE | DELETE | SHARE

    def describe(self) -> str:
        names = [p.name for p in Perm if p.value and (p.value & (p.value - 1)) == 0 and p in self]
        return "+".join(names) or "NONE"


ROLES: dict[str, Perm] = {
    "viewer": Perm.READ,
    "editor": Perm.EDITOR,
    "owner": Perm.OWNER,
    "admin": Perm.OWNER | Perm.ADMIN,
}


def effective_permissions(roles: list[str], grants: Perm = Perm.NONE, revokes: Perm = Perm.NONE) -> Perm:
    perms = Perm.NONE
    for role in roles:
        perms |= ROLES[role]
    return (perms | grants) & ~revokes


def can(perms: Perm, needed: Perm) -> bool:
    return needed in perms


def encode(perms: Perm) -> int:
    """Integer form for storage."""
    return perms.value


def decode(value: int) -> Perm:
    return Perm(value)


if __name__ == "__main__":
    p = effective_permissions(["viewer", "editor"], grants=Perm.SHARE)
    print(p.describe(), can(p, Perm.WRITE), can(p, Perm.DELETE))
    q = effective_permissions(["admin"], revokes=Perm.DELETE)
    print(q.describe(), encode(q), decode(encode(q)) == q)
