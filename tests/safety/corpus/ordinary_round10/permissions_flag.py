"""File-permission style flags using enum.Flag with parsing and formatting."""

from enum import Flag, auto
from functools import reduce
from operator import or_


class Perm(Flag):
    NONE = 0
    READ = auto()
    WRITE = auto()
    EXECUTE = auto()
    RW = READ | WRITE
    ALL = READ | WRITE | EXECUTE

    @classmethod
    def from_string(cls, text: str) -> "Perm":
        letters = {"r": cls.READ, "w": cls.WRITE, "x": cls.EXECUTE}
        return reduce(or_, (letters[c] for c in text if c in letters), cls.NONE)

    def to_string(self) -> str:
        return "".join(ch if flag in self else "-" for ch, flag in (("r", Perm.READ), ("w", Perm.WRITE), ("x", Perm.EXECUTE)))

    def to_octal_digit(self) -> int:
        return (4 if Perm.READ in self else 0) + (2 if Perm.WRITE in self else 0) + (1 if Perm.EXECUTE in self else 0)


def describe_mode(mode: str) -> dict[str, object]:
    """Accept 'rwxr-x---' style or octal '750' and describe it."""
    if mode.isdigit() and len(mode) == 3:
        perms = [Perm.from_string("r" * (int(d) >> 2 & 1) + "w" * (int(d) >> 1 & 1) + "x" * (int(d) & 1)) for d in mode]
    elif len(mode) == 9:
        perms = [Perm.from_string(mode[i:i + 3]) for i in (0, 3, 6)]
    else:
        raise ValueError("mode must be 3 octal digits or 9 rwx characters")
    owner, group, other = perms
    return {
        "symbolic": "".join(p.to_string() for p in perms),
        "octal": "".join(str(p.to_octal_digit()) for p in perms),
        "owner_can_write": Perm.WRITE in owner,
        "world_readable": Perm.READ in other,
        "group_all": group == Perm.ALL,
    }


if __name__ == "__main__":
    print(describe_mode("754"))
    print(describe_mode("rw-r-----"))
