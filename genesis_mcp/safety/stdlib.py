"""Standard-library objects looked up by dotted name in this interpreter (never the tool's code), for the
rules that depend on what a library class is made of."""

from __future__ import annotations

import functools
import importlib
import sys
import types

__all__ = ["class_callables", "library_class", "stdlib_object"]


@functools.lru_cache(maxsize=1024)
def stdlib_object(qualname: str) -> object:
    """What ``module.Name`` (a dotted path of the standard library) is in this interpreter, or None: the
    module is imported here, never the tool's code (a submodule its package does not import is imported)."""
    module_name, _, rest = qualname.partition(".")
    if module_name not in sys.stdlib_module_names or not rest:
        return None
    try:
        found: object = importlib.import_module(module_name)
        for part in rest.split("."):
            if isinstance(found, types.ModuleType) and not hasattr(found, part):
                found = importlib.import_module(f"{found.__name__}.{part}")
            else:
                found = getattr(found, part)
    except (ImportError, AttributeError):
        return None
    return found


def library_class(qualname: str) -> type | None:
    """The standard-library class ``qualname`` names, through a typing alias too (``typing.Counter`` forwards
    attribute reads to ``collections.Counter``)."""
    found = stdlib_object(qualname)
    found = getattr(found, "__origin__", found)
    return found if isinstance(found, type) else None


@functools.lru_cache(maxsize=1024)
def class_callables(qualname: str) -> frozenset[str]:
    """The classmethods and staticmethods of a library class and its bases: its own code calls them through
    the class with arguments it chose (ipaddress's ``_make_netmask`` runs ``cls._prefix_from_prefix_string(
    arg)``), so a plain method of the tool's overriding one runs with that argument as self."""
    found = library_class(qualname)
    if found is None:
        return frozenset()
    return frozenset(
        name
        for klass in found.__mro__
        for name, value in vars(klass).items()
        if isinstance(value, classmethod | staticmethod | types.ClassMethodDescriptorType)
    )
