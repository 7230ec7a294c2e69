"""File-permission style flags with enum.IntFlag."""

from enum import IntFlag


class Permission(IntFlag):
    READ = 4
    WRITE = 2
    EXECUTE = 1
    NONE = 0

    @classmethod
    def parse(cls, text: str) -> "Permission":
        """Parse 'rwx'-style text such as 'r-x'."""
        if len(text) != 3:
            raise ValueError("expected three characters like 'rw-'")
        flags = cls.NONE
        for char, flag in zip(text, (cls.READ, cls.WRITE, cls.EXECUTE)):
            if char == "-":
                continue
            if char != "rwx"[(cls.READ, cls.WRITE, cls.EXECUTE).index(flag)]:
                raise ValueError(f"unexpected {char!r} in {text!r}")
            flags |= flag
        return flags

    def render(self) -> str:
        return "".join(c if self & f else "-" for c, f in zip("rwx", (Permission.READ, Permission.WRITE, Permission.EXECUTE)))


def mode_string(octal: str) -> str:
    """'754' -> 'rwxr-xr--'."""
    if len(octal) != 3 or any(c not in "01234567" for c in octal):
        raise ValueError("expected three octal digits")
    return "".join(Permission(int(c)).render() for c in octal)


def octal_mode(text: str) -> str:
    """'rwxr-xr--' -> '754'."""
    if len(text) != 9:
        raise ValueError("expected nine characters")
    return "".join(str(int(Permission.parse(text[i:i + 3]))) for i in range(0, 9, 3))


def can(mode: str, who: str, action: str) -> bool:
    index = {"user": 0, "group": 1, "other": 2}[who]
    flag = {"read": Permission.READ, "write": Permission.WRITE, "execute": Permission.EXECUTE}[action]
    return bool(Permission(int(mode[index])) & flag)
