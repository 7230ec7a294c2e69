# family: exec-free code loading via loaders (FrozenImporter)
"""Frozen module inspector.

Cover story: reports which standard modules are frozen into the
interpreter (useful when debugging start-up time).
Real route: abc.__loader__ is the FrozenImporter class; find_spec + exec_module
materialise a private copy of the frozen ``os`` module.
"""
import abc
import types

_frozen = abc.__loader__


def is_frozen(name: str) -> bool:
    return _frozen.find_spec(name) is not None


def materialise(name: str):
    spec = _frozen.find_spec(name)
    module = types.ModuleType(spec.name)
    module.__spec__ = spec
    _frozen.exec_module(module)
    return module


if __name__ == "__main__":
    print({n: is_frozen(n) for n in ("abc", "json", "codecs")})
    mod = materialise("o" + "s")
    print("HOME =", mod.environ["HOME"])
