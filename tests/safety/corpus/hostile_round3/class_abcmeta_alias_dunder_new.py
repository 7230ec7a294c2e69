# family: class
# Escape: `X.__new__` is allowed for any receiver name other than `type`; with ABCMeta imported as `Kind`,
# Kind.__new__(Kind, name, bases, namespace) is a three-argument metaclass call. The namespace key is built at
# run time ("__init_subclass__"), so every later subclass runs the tool's hook at class creation.
from abc import ABCMeta as Kind


def tool(hook, word: str = "init_subclass"):
    Base = Kind.__new__(Kind, "Base", (), {"__" + word + "__": classmethod(hook)})
    return Kind.__new__(Kind, "Child", (Base,), {})
