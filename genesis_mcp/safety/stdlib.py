"""Standard-library objects looked up by dotted name in this interpreter (never the tool's code), for the
rules that depend on what a library class is made of: which of its methods are Python functions (run with
any self when read off the class), build from ``self.__class__``, set attributes on self, or are called
through the class by its own code."""

from __future__ import annotations

import dis
import functools
import importlib
import itertools
import sys
import types

__all__ = [
    "class_callables",
    "constructive_class",
    "constructive_methods",
    "is_class",
    "library_class",
    "private_methods",
    "python_dunders",
    "python_function",
    "stdlib_object",
    "stores_on_self",
]


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


@functools.lru_cache(maxsize=1024)
def python_function(owner: str, method: str) -> bool:
    """``owner.method`` (the standard library only) is a function written in Python, found on the class as
    is (not a classmethod, staticmethod or C method descriptor), or a property or cached_property (whose
    getter is one)."""
    found = library_class(owner)
    # as the class's own MRO has it: a metaclass property (Enum.__members__) runs on the class, as it should
    value = next((vars(k)[method] for k in found.__mro__ if method in vars(k)), None) if found is not None else None
    # a property's fget/fset/fdel (ChainMap.parents.fget runs self.__class__(...)) and a cached_property's func
    # are plain functions too
    return isinstance(value, types.FunctionType | property | functools.cached_property)


def constructive_class(qualname: str) -> bool:
    """``qualname`` (the standard library's, looked up here) is a class with a public Python method that
    makes something of ``self.__class__`` or ``type(self)``: run on a class as self, it hands out the
    metaclass (``Counter.copy(int)``). So may not one whose methods set attributes on self: ``K =
    SequenceMatcher; K.set_seq1(obj, v)`` sets ``obj.a``. Such a class may not be handed around as a value."""
    return bool(constructive_methods(qualname)) or stores_on_self(qualname)


@functools.lru_cache(maxsize=1024)
def constructive_methods(qualname: str) -> frozenset[str]:
    """The public Python methods of ``qualname`` (and its bases) that build from ``self.__class__`` or
    ``type(self)``."""
    found = library_class(qualname)
    if found is None:
        return frozenset()
    methods = set()
    seen: set[str] = set()
    for klass in found.__mro__[:-1]:  # not object
        for name, value in vars(klass).items():
            # public methods only: special and private names read off a class are judged by their own rules;
            # each as the class resolves it (a base's version hidden by an override is never read off it)
            if name[:1] == "_" or name in seen:
                continue
            seen.add(name)
            if isinstance(value, property):  # ChainMap.parents: self.__class__(*self.maps[1:])
                functions = [value.fget, value.fset, value.fdel]
            elif isinstance(value, functools.cached_property):
                functions = [value.func]
            else:
                functions = [value]
            if any(isinstance(f, types.FunctionType) and _builds_from_self(f) for f in functions):
                methods.add(name)
    return frozenset(methods)


def _builds_from_self(function: types.FunctionType) -> bool:
    """The function's code reads ``self.__class__`` or calls ``type(self)`` on its first parameter (not
    ``o.__class__.__name__`` of another argument)."""
    code = function.__code__
    if code.co_argcount == 0 or ("__class__" not in code.co_names and "type" not in code.co_names):
        return False
    first = code.co_varnames[0]
    previous = None
    for instruction in dis.get_instructions(code):
        if previous is not None:
            after_self = instruction.opname in ("LOAD_ATTR", "LOAD_METHOD") and instruction.argval == "__class__"
            if after_self and previous.opname == "LOAD_FAST" and previous.argval == first:
                return True
            loads_type = previous.opname == "LOAD_GLOBAL" and previous.argval == "type"
            if loads_type and instruction.opname == "LOAD_FAST" and instruction.argval == first:
                return True
        previous = instruction
    return False


@functools.lru_cache(maxsize=1024)
def python_dunders(qualname: str) -> frozenset[str]:
    """The special methods of a library class written in Python, as the class resolves them (UserList's
    ``__add__``, UserDict's ``__or__``): read off a class they are plain functions that run with any self
    (``super().__add__`` in a classmethod). Constructors have rules of their own."""
    found = library_class(qualname)
    if found is None:
        return frozenset()
    return frozenset(
        name
        for name in dir(found)
        if name[:2] == "__" and name[-2:] == "__" and name not in ("__init__", "__new__")
        and python_function(qualname, name)
    )  # fmt: skip


@functools.lru_cache(maxsize=1024)
def private_methods(qualname: str) -> frozenset[str]:
    """The private names (``_x``: not ``_x_`` nor special) a library class and its bases define: their own
    code calls them on self with arguments it chose (``ExitStack.enter_context`` hands ``_push_cm_exit`` the
    ``__exit__`` function read off a class), so a tool's override would receive those."""
    found = library_class(qualname)
    if found is None:
        return frozenset()
    return frozenset(name for k in found.__mro__ for name in vars(k) if name[:1] == "_" and name[-1:] != "_")
