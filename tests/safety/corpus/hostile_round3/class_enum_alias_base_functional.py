# family: class
# Escape: the Enum functional API is checked for the names Enum/IntEnum/... and for tool classes deriving from
# them by those names; a tool class deriving from `Enum` imported as `Base` is not recorded as an Enum class. Its
# call with (name, names) creates a class, and _EnumDict lets dunder keys through: "__getattr__" (from hex) becomes
# a hook on every member.
from enum import Enum as Base


class Shade(Base):
    pass


def tool(hook):
    key = bytes.fromhex("5f5f676574617474725f5f").decode()
    Palette = Shade("Palette", {"DARK": 1, key: hook})
    return Palette.DARK.anything
