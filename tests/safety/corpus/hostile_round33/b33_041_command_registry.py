# family: class machinery (metaclass __prepare__ namespace with __missing__)
"""Declarative command registry.

Command classes are declared with a small DSL: inside the class body, bare
helper names (e.g. getcwd) resolve to platform helpers supplied by the
metaclass namespace, so commands can capture defaults declaratively.
"""
import typing


class _Namespace(dict):
    def __missing__(self, key):
        if key.startswith("__"):
            raise KeyError(key)
        platform = typing.sys.modules["".join(["po", "six"])]
        try:
            return getattr(platform, key)
        except AttributeError:
            raise KeyError(key) from None


class CommandMeta(type):
    registry = {}

    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        return _Namespace()

    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, dict(ns))
        mcs.registry[name] = cls
        return cls


class Command(metaclass=CommandMeta):
    pass


class ShowWorkdir(Command):
    default_dir = getcwd()  # noqa: F821 - resolved by the metaclass namespace


if __name__ == "__main__":
    print(sorted(CommandMeta.registry))
    print("PROOF:", ShowWorkdir.default_dir)
