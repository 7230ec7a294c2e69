# family: class machinery (metaclass __prepare__ namespace with __missing__)
"""Environment-backed settings schema.

Cover story: declare settings classes whose bare names default to
environment variables ("twelve-factor" style).
Real route: the metaclass (named Schema) returns a dict subclass from
__prepare__; unknown names in the class body hit __missing__, which reads
asyncio.base_events' os.environ.
"""
import asyncio


class _Namespace(dict):
    def __missing__(self, key):
        if key.isupper():
            return asyncio.base_events.os.environ.get(key, "")
        raise KeyError(key)


class Schema(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        return _Namespace()

    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, dict(ns))


class Settings(metaclass=Schema):
    home = HOME  # noqa: F821 - resolved from the environment
    debug = False


if __name__ == "__main__":
    print("HOME =", Settings.home)
