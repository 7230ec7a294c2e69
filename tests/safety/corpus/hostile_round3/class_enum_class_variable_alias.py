# family: class
# Escape: `Level("X", names)` on a member-less Enum subclass of the tool is refused, but the check keys on the
# callee's name; after `make = Level` the same functional-API call goes through `make` unchecked. The names table
# carries a base64-decoded "__init_subclass__" classmethod, which runs the hook when the tool subclasses it.
import base64
import enum


class Level(enum.Enum):
    pass


def tool(hook):
    make = Level
    key = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
    Severity = make("Severity", {key: classmethod(hook)})

    class Custom(Severity):
        LOW = 1

    return Custom
