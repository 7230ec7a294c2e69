# family: ordinary, blind round 50 (Enum with methods and Flag permissions)
from enum import Enum, Flag, auto


class Permission(Flag):
    NONE = 0
    READ = auto()
    WRITE = auto()
    DELETE = auto()
    SHARE = auto()
    ADMIN = READ | WRITE | DELETE | SHARE

    @classmethod
    def parse(cls, text):
        perm = cls.NONE
        for part in filter(None, (p.strip().upper() for p in text.split(","))):
            perm |= cls[part]
        return perm

    def names(self):
        return [p.name for p in Permission if p in self and p.name not in ("NONE", "ADMIN") and p]


class Role(Enum):
    GUEST = ("guest", Permission.READ)
    MEMBER = ("member", Permission.READ | Permission.WRITE)
    MODERATOR = ("moderator", Permission.READ | Permission.WRITE | Permission.DELETE)
    OWNER = ("owner", Permission.ADMIN)

    def __init__(self, label, perms):
        self.label = label
        self.perms = perms

    def can(self, needed):
        return needed in self.perms

    def outranks(self, other):
        order = list(Role)
        return order.index(self) > order.index(other)


if __name__ == "__main__":
    for role in Role:
        print(f"{role.label:<10} {role.perms.names()}  can delete: {role.can(Permission.DELETE)}")
    custom = Permission.parse("read, share")
    print("custom:", custom.names(), "| has WRITE:", Permission.WRITE in custom)
    print("member lacks:", (Permission.ADMIN & ~Role.MEMBER.perms).names())
    print("moderator outranks member:", Role.MODERATOR.outranks(Role.MEMBER))
    print("lookup by value:", Role(("owner", Permission.ADMIN)).name)
