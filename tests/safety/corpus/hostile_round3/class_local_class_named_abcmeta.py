# family: class
# Escape: `metaclass=` is accepted when the expression is *named* ABCMeta. The tool defines its own class called
# ABCMeta (deriving from abc.ABCMeta imported under an alias, which the base rule does not recognise), whose
# __new__ writes a run-time key ("__getattr__") into every namespace: classes made with it get a hidden hook.
from abc import ABCMeta as _Base


class ABCMeta(_Base):
    def __new__(mcls, name, bases, namespace, **kwargs):
        namespace["".join(["__get", "attr__"])] = lambda self, item: f"intercepted {item}"
        return super().__new__(mcls, name, bases, namespace, **kwargs)


class Record(metaclass=ABCMeta):
    pass


def tool() -> str:
    return Record().missing_field
