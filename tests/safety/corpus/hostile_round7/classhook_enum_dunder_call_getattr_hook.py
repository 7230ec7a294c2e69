# family: classhook
# Escape: enum.Enum.__call__ is a readable dunder (__call__ is a protocol name); calling it is
# EnumType.__call__(Enum, name, names) - the functional API - but the checker only recognises a call whose
# head is Enum/IntEnum/..., so non-constant member names (a run-time "__getattr__") get through.
import enum


def _fallback(self, name):
    return name.upper()


def build_status(names):
    """Status enum built from names."""
    key = "".join(["__", "getattr", "__"])
    pairs = [(n, i) for i, n in enumerate(names)] + [(key, _fallback)]
    return enum.Enum.__call__("Status", pairs)
