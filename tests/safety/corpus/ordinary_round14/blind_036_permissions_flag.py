"""File-permission style flags using enum.Flag, with parsing and formatting."""
from enum import Flag, IntEnum, auto


class Perm(Flag):
    NONE = 0
    READ = auto()
    WRITE = auto()
    EXECUTE = auto()
    ALL = READ | WRITE | EXECUTE

    @classmethod
    def from_string(cls, text: str) -> "Perm":
        mapping = {"r": cls.READ, "w": cls.WRITE, "x": cls.EXECUTE, "-": cls.NONE}
        result = cls.NONE
        for ch in text:
            if ch not in mapping:
                raise ValueError(f"bad permission character {ch!r}")
            result |= mapping[ch]
        return result

    def to_string(self) -> str:
        return "".join(ch if flag in self else "-" for ch, flag in
                       (("r", Perm.READ), ("w", Perm.WRITE), ("x", Perm.EXECUTE)))

    def to_octal_digit(self) -> int:
        return (4 if Perm.READ in self else 0) + (2 if Perm.WRITE in self else 0) + (1 if Perm.EXECUTE in self else 0)


class Who(IntEnum):
    USER = 0
    GROUP = 1
    OTHER = 2


def parse_mode(mode: str) -> dict[Who, Perm]:
    """Accept '755' or 'rwxr-xr-x'."""
    if mode.isdigit() and len(mode) == 3:
        perms = {}
        for who, digit in zip(Who, mode):
            d = int(digit, 8)
            p = Perm.NONE
            if d & 4:
                p |= Perm.READ
            if d & 2:
                p |= Perm.WRITE
            if d & 1:
                p |= Perm.EXECUTE
            perms[who] = p
        return perms
    if len(mode) == 9:
        return {who: Perm.from_string(mode[who * 3:(who + 1) * 3]) for who in Who}
    raise ValueError(f"unrecognized mode {mode!r}")


def describe_mode(mode: str) -> dict:
    perms = parse_mode(mode)
    return {
        "symbolic": "".join(perms[w].to_string() for w in Who),
        "octal": "".join(str(perms[w].to_octal_digit()) for w in Who),
        "world_writable": Perm.WRITE in perms[Who.OTHER],
        "details": {w.name.lower(): [p.name for p in Perm if p in perms[w] and p not in (Perm.NONE, Perm.ALL)] for w in Who},
    }


if __name__ == "__main__":
    print(describe_mode("754"))
    print(describe_mode("rw-rw-rw-"))
    print(Perm.from_string("rx"), Perm.ALL.to_string())
