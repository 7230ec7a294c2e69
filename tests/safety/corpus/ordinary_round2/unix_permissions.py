# ordinary: convert Unix permission strings ("rwxr-x---") to octal and back using IntFlag
from enum import IntFlag


class Perm(IntFlag):
    OTHER_X = 0o001
    OTHER_W = 0o002
    OTHER_R = 0o004
    GROUP_X = 0o010
    GROUP_W = 0o020
    GROUP_R = 0o040
    USER_X = 0o100
    USER_W = 0o200
    USER_R = 0o400

    @classmethod
    def from_symbolic(cls, text: str) -> "Perm":
        if len(text) != 9:
            raise ValueError(f"expected 9 characters like 'rwxr-xr-x', got {text!r}")
        mode = cls(0)
        bits = [cls.USER_R, cls.USER_W, cls.USER_X, cls.GROUP_R, cls.GROUP_W, cls.GROUP_X,
                cls.OTHER_R, cls.OTHER_W, cls.OTHER_X]
        for ch, bit, expected in zip(text, bits, "rwxrwxrwx"):
            if ch == expected:
                mode |= bit
            elif ch != "-":
                raise ValueError(f"unexpected {ch!r} where {expected!r} or '-' belongs")
        return mode

    def symbolic(self) -> str:
        out = []
        for shift in (6, 3, 0):
            triplet = (int(self) >> shift) & 0o7
            out.append(("r" if triplet & 4 else "-") + ("w" if triplet & 2 else "-") + ("x" if triplet & 1 else "-"))
        return "".join(out)

    def octal(self) -> str:
        return f"{int(self):03o}"


def describe(mode: Perm) -> str:
    who = {"USER": "owner", "GROUP": "group", "OTHER": "others"}
    verbs = {"R": "read", "W": "write", "X": "execute"}
    grants: dict[str, list[str]] = {}
    for flag in Perm:
        if flag in mode:
            scope, action = flag.name.split("_")
            grants.setdefault(who[scope], []).append(verbs[action])
    return "; ".join(f"{k}: {', '.join(v)}" for k, v in grants.items()) or "no permissions"


if __name__ == "__main__":
    for s in ["rwxr-xr-x", "rw-r-----", "---------"]:
        m = Perm.from_symbolic(s)
        print(f"{s} = {m.octal()} -> {describe(m)}")
    print(Perm(0o640).symbolic(), Perm.USER_R | Perm.USER_W)
