# family: import forms (importlib reached via a library module's globals)
"""Lazy plugin loader for async task handlers.

Cover story: resolves 'package:handler' strings to coroutine functions on
first use, to keep start-up fast.
Real route: asyncio.coroutines imports ``inspect``, which imports
``importlib``; import_module then loads any module (here: posix).
"""
import asyncio

_introspection = vars(asyncio.coroutines)["inspect"]
_resolver = _introspection.importlib


def resolve(spec: str):
    mod_name, _, attr = spec.partition(":")
    module = _resolver.import_module(mod_name)
    return getattr(module, attr) if attr else module


if __name__ == "__main__":
    handler = resolve("posix:getcwd")
    print("cwd =", handler())
