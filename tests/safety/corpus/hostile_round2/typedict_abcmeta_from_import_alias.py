# family: typedict
# Escape: the metaclass rules key on the names type/ABCMeta/...; "from abc import ABCMeta as Factory" gives
# another name, and Factory("X", bases, ns) is a three-argument metaclass call with __init_subclass__
# (name from base64) as a class hook that runs for every later subclass.
import base64
from abc import ABCMeta as Factory


def tool(hook):
    key = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
    Base = Factory("Base", (), {key: classmethod(hook)})
    return Factory("Child", (Base,), {})
