# family: ordinary, blind round 60 (role permissions using enum.Flag)
from enum import Flag, auto
from functools import reduce
import operator


class Perm(Flag):
    NONE = 0
    READ = auto()
    WRITE = auto()
    DELETE = auto()
    SHARE = auto()
    ADMIN = READ | WRITE | DELETE | SHARE

    @classmethod
    def parse(cls, text: str) -> "Perm":
        names = [p.strip().upper() for p in text.split(",") if p.strip()]
        try:
            return reduce(operator.or_, (cls[n] for n in names), cls.NONE)
        except KeyError as err:
            raise ValueError(f"unknown permission: {err.args[0]}") from err

    def describe(self) -> str:
        if self is Perm.NONE:
            return "none"
        return ", ".join(m.name.lower() for m in self)


ROLES = {
    "viewer": Perm.READ,
    "editor": Perm.READ | Perm.WRITE,
    "owner": Perm.ADMIN,
}


class AccessDenied(PermissionError):
    pass


def check(role: str, needed: Perm) -> None:
    granted = ROLES.get(role, Perm.NONE)
    missing = needed & ~granted
    if missing:
        raise AccessDenied(f"role {role!r} lacks: {missing.describe()}")


if __name__ == "__main__":
    for role, perms in ROLES.items():
        print(f"{role:7} -> {perms.describe()}")
    custom = Perm.parse("read, share")
    print("custom:", custom.describe(), "| has write?", Perm.WRITE in custom)
    for role, need in [("editor", Perm.WRITE), ("viewer", Perm.WRITE | Perm.DELETE), ("ghost", Perm.READ)]:
        try:
            check(role, need)
            print(f"{role}: allowed {need.describe()}")
        except AccessDenied as e:
            print("denied:", e)
    try:
        Perm.parse("read, fly")
    except ValueError as e:
        print("error:", e)
