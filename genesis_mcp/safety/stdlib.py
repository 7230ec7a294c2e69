"""Standard-library objects looked up by dotted name in this interpreter (never the tool's code), for the
rules that depend on what a library class is made of."""

from __future__ import annotations

import dis
import functools
import importlib
import itertools
import sys
import types

__all__ = ["class_callables", "is_class", "library_class", "stdlib_object", "stores_on_self"]


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


def is_class(qualname: str) -> bool:
    """``qualname`` is a class of the library as named, not a constant or a list (``keyword.kwlist``,
    ``asyncio.FIRST_COMPLETED``, whose text typing would look up and evaluate) nor a typing alias."""
    return isinstance(stdlib_object(qualname), type)


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


@functools.lru_cache(maxsize=1024)
def stores_on_self(qualname: str) -> bool:
    """A library class with a public Python method that sets attributes on its first argument, or calls such a
    method on it (``SequenceMatcher.set_seq1`` sets ``self.a``; ``ratio`` runs ``self.get_matching_blocks``):
    read off the class through an alias, it sets attributes on whatever it is given as self."""
    found = library_class(qualname)
    if found is None or issubclass(found, BaseException):
        return False
    methods: dict[str, list[types.FunctionType]] = {}
    for klass in found.__mro__[:-1]:
        for name, value in vars(klass).items():
            parts = [value.fget, value.fset, value.fdel] if isinstance(value, property) else [value]
            methods.setdefault(name, []).extend(f for f in parts if isinstance(f, types.FunctionType))
    storing: set[str] = set()
    for _ in range(8):  # through self.m() calls, to a fixed point
        grown = {name for name, functions in methods.items() if any(_touches_self(f, storing) for f in functions)}
        if grown <= storing:
            break
        storing |= grown
    return any(not (name[:2] == "__" and name[-2:] == "__") for name in storing)


def _touches_self(function: types.FunctionType, storing: set[str]) -> bool:
    code = function.__code__
    if code.co_argcount == 0:
        return False
    instructions = list(dis.get_instructions(code))
    for first, then in itertools.pairwise(instructions):
        if first.opname == "LOAD_FAST" and first.argval == code.co_varnames[0]:
            if then.opname in ("STORE_ATTR", "DELETE_ATTR"):
                return True
            if then.opname in ("LOAD_METHOD", "LOAD_ATTR") and then.argval in storing:
                return True
    return False
