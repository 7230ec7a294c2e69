# family: ordinary, blind round 48 (Enum, IntEnum and Flag permissions)
from enum import Enum, IntEnum, Flag, auto, unique


class Permission(Flag):
    NONE = 0
    READ = auto()
    WRITE = auto()
    DELETE = auto()
    ADMIN = auto()
    EDITOR = READ | WRITE
    OWNER = READ | WRITE | DELETE | ADMIN

    @classmethod
    def parse(cls, text: str) -> "Permission":
        result = cls.NONE
        for part in text.replace(",", " ").split():
            result |= cls[part.strip().upper()]
        return result

    def describe(self) -> str:
        names = [m.name.lower() for m in Permission if m in self and m.value
                 and bin(m.value).count("1") == 1]
        return "+".join(names) or "none"


class Severity(IntEnum):
    DEBUG = 10
    INFO = 20
    WARNING = 30
    ERROR = 40

    @property
    def label(self) -> str:
        return self.name[:4]


@unique
class Role(Enum):
    GUEST = ("guest", Permission.READ)
    MEMBER = ("member", Permission.EDITOR)
    OWNER = ("owner", Permission.OWNER)

    def __init__(self, slug, perms):
        self.slug = slug
        self.perms = perms

    def can(self, perm: Permission) -> bool:
        return perm in self.perms


if __name__ == "__main__":
    p = Permission.parse("read, delete")
    print(p.describe(), Permission.WRITE in p, Permission.EDITOR.describe())
    for role in Role:
        print(f"{role.slug:<7} delete={role.can(Permission.DELETE)!s:<5} perms={role.perms.describe()}")
    levels = sorted([Severity.ERROR, Severity.DEBUG, Severity.WARNING])
    print([lvl.label for lvl in levels], Severity.INFO >= 20, Severity(30).name)
