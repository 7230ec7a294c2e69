# family: class
# Escape: calling an alias of ABCMeta is refused and so is deriving from a base *named* type/ABCMeta, but
# `class Meta(Factory)` with Factory = abc.ABCMeta imported under another name is an ordinary class statement to
# the checker. Meta is a metaclass; calling it with three arguments builds a class at run time whose namespace
# key is decoded from base64 ("__getattr__"), so every missing attribute runs the tool's hook implicitly.
import base64
from abc import ABCMeta as Factory


class Meta(Factory):
    pass


def tool(hook):
    key = base64.b64decode("X19nZXRhdHRyX18=").decode()
    Proxy = Meta("Proxy", (), {key: hook})
    return Proxy().anything
