"""Role/permission model using enum.Flag with parsing, role lookups and checks."""
from enum import Flag, auto
from functools import reduce
import operator


class Perm(Flag):
    NONE = 0
    READ = auto()
    WRITE = auto()
    DELETE = auto()
    SHARE = auto()
    ADMIN = auto()
    EDITOR = READ | WRITE | SHARE
    OWNER = READ | WRITE | DELETE | SHARE

    @classmethod
    def parse(cls, text: str) -> "Perm":
        names = [p.strip().upper() for p in text.replace("|", ",").split(",") if p.strip()]
        try:
            return reduce(operator.or_, (cls[n] for n in names), cls.NONE)
        except KeyError as e:
            raise ValueError(f"unknown permission {e.args[0]}") from None

    def names(self):
        return [p.name.lower() for p in Perm if p.name and p in self and p.value and (p.value & (p.value - 1)) == 0]

    def allows(self, needed: "Perm") -> bool:
        return Perm.ADMIN in self or needed in self


ROLES = {"viewer": Perm.READ, "editor": Perm.EDITOR, "owner": Perm.OWNER, "admin": Perm.ADMIN}


def effective(user: dict) -> Perm:
    perm = Perm.NONE
    for role in user.get("roles", []):
        perm |= ROLES.get(role, Perm.NONE)
    perm |= Perm.parse(user.get("grants", ""))
    perm &= ~Perm.parse(user.get("revokes", ""))
    return perm


def check(users: list, action: str) -> dict:
    needed = Perm.parse(action)
    out = {}
    for u in users:
        p = effective(u)
        out[u["name"]] = {"allowed": p.allows(needed), "perms": p.names()}
    return out


if __name__ == "__main__":
    users = [{"name": "ann", "roles": ["viewer"], "grants": "write"},
             {"name": "bo", "roles": ["owner"], "revokes": "delete"},
             {"name": "cy", "roles": ["admin"]}, {"name": "di", "roles": ["ghost"]}]
    print(check(users, "write, delete"))
    print(check(users, "read"))
