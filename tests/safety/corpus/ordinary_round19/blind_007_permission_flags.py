"""Model user permissions as bit flags and check role grants."""
from __future__ import annotations

from enum import Flag, IntFlag


class Permission(Flag):
    NONE = 0
    READ = 1 << 0
    WRITE = 1 << 1
    DELETE = 1 << 2
    SHARE = 1 << 3
    ADMIN = 1 << 4
    EDITOR = READ | WRITE
    OWNER = READ | WRITE | DELETE | SHARE

    @classmethod
    def parse(cls, text: str) -> "Permission":
        result = cls.NONE
        for part in filter(None, (p.strip().upper() for p in text.split(","))):
            result |= cls[part]
        return result

    def names(self) -> list[str]:
        return [m.name for m in type(self) if m.name and m in self and bin(m.value).count("1") == 1]


class FileMode(IntFlag):
    X = 1
    W = 2
    R = 4

    def __str__(self) -> str:
        return "".join(ch if flag in self else "-" for ch, flag in (("r", FileMode.R), ("w", FileMode.W), ("x", FileMode.X)))


ROLE_GRANTS: dict[str, Permission] = {
    "viewer": Permission.READ,
    "editor": Permission.EDITOR,
    "owner": Permission.OWNER,
    "admin": Permission.OWNER | Permission.ADMIN,
}


def can(role: str, needed: str) -> bool:
    """Return True if `role` holds every permission in the comma list `needed`."""
    required = Permission.parse(needed)
    return required in ROLE_GRANTS.get(role, Permission.NONE)


def mode_string(octal_digit: int) -> str:
    return str(FileMode(octal_digit))


if __name__ == "__main__":
    print(can("editor", "read,write"), can("editor", "delete"))
    print(Permission.OWNER.names(), [mode_string(d) for d in (7, 5, 4, 0)])
