# family: red team, round 31 (update_wrapper copying a class's __dict__)
# Same hole as rt_001 with default arguments: the wrapped class is passed under a local name
# (Tag.WRAPPED use), so update_wrapper(holder, C) copies Counter.__dict__ into holder's __dict__;
# holder.copy(int) is Counter.copy(int) == <class 'type'>, used to build a class with a run-time-named hook.
import collections
import functools


def holder():
    return None


C = collections.Counter
functools.update_wrapper(holder, C)
meta = holder.copy(int)
print("got metaclass:", meta)
u = "_"


def dunder(*parts):
    return u + u + "".join(parts) + u + u


def hook(cls, **kw):
    print("run-time-named init-subclass hook ran on", cls.__name__)


Base = meta("Base", (), {dunder("init", "_subclass"): classmethod(hook)})
Derived = meta("Derived", (Base,), {})
