# ordinary: parse Unix-like permission strings with Flag and StrEnum
from enum import Flag, StrEnum, auto
from typing import Any


class Perm(Flag):
    NONE = 0
    READ = auto()
    WRITE = auto()
    EXEC = auto()

    @classmethod
    def from_rwx(cls, text: str) -> "Perm":
        out = cls.NONE
        for ch, flag in zip(text, (cls.READ, cls.WRITE, cls.EXEC)):
            if ch != "-":
                out |= flag
        return out

    def to_octal(self) -> int:
        return (4 if Perm.READ in self else 0) + (2 if Perm.WRITE in self else 0) + (1 if Perm.EXEC in self else 0)


class Who(StrEnum):
    USER = "user"
    GROUP = "group"
    OTHER = "other"

    @classmethod
    def _missing_(cls, value: object) -> "Who | None":
        aliases = {"u": cls.USER, "g": cls.GROUP, "o": cls.OTHER}
        return aliases.get(str(value).lower())


def parse_permissions(mode: str, ask: str = "u") -> dict[str, Any]:
    """Parse 'rwxr-x---' into per-class flags and octal, and answer for one class."""
    mode = mode[-9:]
    if len(mode) != 9:
        return {"error": "expected 9 characters like rwxr-x---"}
    perms = {who: Perm.from_rwx(mode[i * 3:(i + 1) * 3]) for i, who in enumerate(Who)}
    try:
        target = Who(ask)
    except ValueError:
        return {"error": f"unknown class {ask!r}"}
    return {
        "octal": "".join(str(p.to_octal()) for p in perms.values()),
        "classes": {str(w): [f.name.lower() for f in Perm if f and f in p] for w, p in perms.items()},
        "asked": str(target),
        "can_write": Perm.WRITE in perms[target],
    }


if __name__ == "__main__":
    print(parse_permissions("-rwxr-x---", "g"))
