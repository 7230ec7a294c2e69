# family: typedict
# Escape: calling a member-less Enum subclass of the tool with (name, names) is the functional API
# (EnumType.__call__ -> _create_), but the callee is the tool's class name, not Enum, so member names are not
# checked; "__getattr__" (from a hex string) becomes a class hook.
import enum


class Base(enum.Enum):
    pass


def tool(hook):
    key = bytes.fromhex("5f5f676574617474725f5f").decode()
    return Base("Shade", {"DARK": 1, key: hook})
