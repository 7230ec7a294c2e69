# family: red team, round 67a (StrEnum functional API dict with __eq__ member passes "if key in FIELDS" guard; builtins open reads /etc/hostname)
from enum import StrEnum

u = min("_z")
FIELDS = ("title", "size")
Attr = StrEnum(
    "Attr",
    {
        "G": u + u + "glob" + "als" + u + u,
        "B": u + u + "built" + "ins" + u + u,
        "O": "op" + "en",
        "__eq__": lambda s, o: True,
        "__hash__": lambda s: hash(s.value),
    },
)


def read(obj, key):
    if key in FIELDS:
        return getattr(obj, key)
    return None


def sample():
    return 0


namespace = read(sample, Attr.G)
builtins_module = namespace[Attr.B]
opener = read(builtins_module, Attr.O)
print(opener("/etc/hostname").read())
