# family: ordinary, blind round 53 (Flag enum for permissions)
from enum import Flag, auto


class Perm(Flag):
    NONE = 0
    READ = auto()
    WRITE = auto()
    EXECUTE = auto()
    DELETE = auto()
    SHARE = auto()

    EDITOR = READ | WRITE
    OWNER = READ | WRITE | EXECUTE | DELETE | SHARE

    @classmethod
    def parse(cls, text: str) -> "Perm":
        letters = {"r": cls.READ, "w": cls.WRITE, "x": cls.EXECUTE, "d": cls.DELETE, "s": cls.SHARE}
        result = cls.NONE
        for ch in text.lower():
            if ch == "-":
                continue
            result |= letters[ch]
        return result

    def short(self) -> str:
        return "".join(c if flag in self else "-" for c, flag in zip("rwxds", [Perm.READ, Perm.WRITE, Perm.EXECUTE, Perm.DELETE, Perm.SHARE]))


ROLE_GRANTS = {
    "viewer": Perm.READ,
    "editor": Perm.EDITOR,
    "runner": Perm.READ | Perm.EXECUTE,
    "admin": Perm.OWNER,
}


def effective(roles, denied=Perm.NONE):
    perms = Perm.NONE
    for r in roles:
        perms |= ROLE_GRANTS[r]
    return perms & ~denied


if __name__ == "__main__":
    alice = effective(["viewer", "runner"])
    bob = effective(["admin"], denied=Perm.DELETE)
    print("alice:", alice.short(), "| bob:", bob.short())
    print("bob can share:", Perm.SHARE in bob, "| alice can write:", Perm.WRITE in alice)
    print("parsed 'rw-x':", Perm.parse("rw-x"), "==", Perm.parse("rwx").short())
    print("editor members:", [m.name for m in Perm.EDITOR])
    print("is editor subset of bob:", Perm.EDITOR & bob == Perm.EDITOR)
    print("raw value of OWNER:", Perm.OWNER.value)
