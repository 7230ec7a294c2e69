"""Role-based permissions using enum.Flag bit sets."""
from __future__ import annotations

from enum import Flag, auto
from functools import reduce
from operator import or_


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
        """Parse 'read,write' or 'editor' (case-insensitive) into a Perm."""
        names = [t.strip().upper() for t in text.split(",") if t.strip()]
        try:
            return reduce(or_, (cls[n] for n in names), cls.NONE)
        except KeyError as exc:
            raise ValueError(f"unknown permission {exc.args[0]!r}") from None

    def names(self) -> list[str]:
        return [p.name.lower() for p in self]  # iterating a Flag yields its single-bit members


ROLES: dict[str, Perm] = {"viewer": Perm.READ, "editor": Perm.EDITOR, "owner": Perm.OWNER, "admin": Perm.OWNER | Perm.ADMIN}


def effective_permissions(roles: list[str], grants: str = "", revokes: str = "") -> Perm:
    perms = reduce(or_, (ROLES[r] for r in roles), Perm.NONE)
    return (perms | Perm.parse(grants)) & ~Perm.parse(revokes)


def check(user_perms: Perm, needed: Perm) -> tuple[bool, list[str]]:
    missing = needed & ~user_perms
    return not missing, missing.names()


if __name__ == "__main__":
    p = effective_permissions(["viewer", "editor"], grants="delete", revokes="share")
    print(p, p.names())
    print(check(p, Perm.parse("read,write")), check(p, Perm.OWNER | Perm.ADMIN))
    print(Perm.EDITOR in Perm.OWNER, Perm(3), Perm["SHARE"].value)
    try:
        Perm.parse("read, fly")
    except ValueError as e:
        print(e)
