# family: class
# Escape: `Kind.__call__` is a readable protocol dunder; on an Enum class it is EnumType.__call__ bound to the
# class, so Kind.__call__("Name", names) is the functional API without a direct two-argument call of Kind. The
# names table installs a base64-decoded "__getattr__" hook.
import base64
import enum


class Kind(enum.Enum):
    pass


def tool(hook):
    table = {"A": 1, base64.b64decode("X19nZXRhdHRyX18=").decode(): hook}
    Made = Kind.__call__("Made", table)
    return Made.A.whatever
