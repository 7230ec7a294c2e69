# family: typedict
# Escape: ABCMeta.__new__ is allowed because the receiver is a plain Name that is not "type";
# ABCMeta.__new__(ABCMeta, name, bases, ns) builds a class whose namespace carries a __getattr__ hook.
from abc import ABCMeta


def _fallback(self, name):
    return "default:" + name


def make_record_class(label: str):
    cls = ABCMeta.__new__(ABCMeta, label, (), {"__getattr__": _fallback})
    return cls()
