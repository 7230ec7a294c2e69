"""Role-based permissions using enum.Flag."""
from enum import Flag, auto


class Perm(Flag):
    NONE = 0
    READ = auto()
    WRITE = auto()
    DELETE = auto()
    SHARE = auto()
    ADMIN = auto()

    EDITOR = READ | WRITE
    OWNER = READ | WRITE | DELETE | SHARE

    @classmethod
    def parse(cls, text: str) -> "Perm":
        result = cls.NONE
        for part in filter(None, (p.strip().upper() for p in text.replace("|", ",").split(","))):
            try:
                result |= cls[part]
            except KeyError:
                raise ValueError(f"unknown permission {part!r}") from None
        return result

    def names(self) -> list[str]:
        return [p.name for p in Perm if p in self and p.name and p.value and (p.value & (p.value - 1)) == 0]


ROLES = {"guest": Perm.READ, "editor": Perm.EDITOR, "owner": Perm.OWNER, "admin": Perm.OWNER | Perm.ADMIN}


def check_access(role: str, required: str, extra_grants: str = "", revoked: str = "") -> dict:
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}; known: {', '.join(ROLES)}")
    effective = (ROLES[role] | Perm.parse(extra_grants)) & ~Perm.parse(revoked)
    needed = Perm.parse(required)
    missing = needed & ~effective
    return {
        "role": role,
        "effective": effective.names(),
        "required": needed.names(),
        "allowed": missing == Perm.NONE,
        "missing": missing.names(),
    }


if __name__ == "__main__":
    print(check_access("editor", "read,write"))
    print(check_access("editor", "read|delete|share", extra_grants="share"))
    print(check_access("admin", "delete", revoked="delete"))
