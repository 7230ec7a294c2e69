# ordinary: file-permission style flags with Flag enum, parsing and formatting
from enum import Flag, auto


class Perm(Flag):
    NONE = 0
    READ = auto()
    WRITE = auto()
    EXECUTE = auto()
    RW = READ | WRITE
    ALL = READ | WRITE | EXECUTE

    def __str__(self):
        return "".join(ch if flag in self else "-" for ch, flag in zip("rwx", (Perm.READ, Perm.WRITE, Perm.EXECUTE)))

    @classmethod
    def from_string(cls, text):
        if len(text) != 3:
            raise ValueError(f"expected 3 characters like 'rw-', got {text!r}")
        result = cls.NONE
        for ch, (letter, flag) in zip(text, [("r", cls.READ), ("w", cls.WRITE), ("x", cls.EXECUTE)]):
            if ch == letter:
                result |= flag
            elif ch != "-":
                raise ValueError(f"unexpected {ch!r} in {text!r}")
        return result

    @classmethod
    def from_names(cls, names):
        result = cls.NONE
        for name in names:
            result |= cls[name.upper()]
        return result


def octal_mode(user, group, other):
    return "".join(str(p.value) for p in (user, group, other))


if __name__ == "__main__":
    user = Perm.from_string("rwx")
    group = Perm.from_names(["read", "execute"])
    other = Perm.READ
    print(f"{user}{group}{other}", octal_mode(user, group, other))
    print(Perm.WRITE in Perm.RW, Perm.RW.name, (user & ~Perm.WRITE), Perm(5))
    try:
        Perm.from_string("rwz")
    except ValueError as exc:
        print(exc)
