"""Python's name resolution, enough of it to tell a tool's own variable from a builtin or a module.

The checker records every binding while it walks (assignments, parameters, imports, ``def``, ``class``,
loop and ``with`` targets, ``except ... as``, walrus, match captures, ``global``/``nonlocal``) and resolves
each interesting name use after the walk, when all bindings of every scope are known.

Only function-like scopes (functions, lambdas, comprehensions) bind names for certain: a name assigned
anywhere in a function is local to all of it. Module and class bodies look names up at run time, so a
name bound there may still fall through to the builtin of the same name; ``Resolution.may_be_builtin``
says so.
"""

from __future__ import annotations

import ast
from enum import Enum
from typing import Final

from genesis_mcp.safety.nodes import AsyncFunctionDef, Attribute, FunctionDef, Name

__all__ = ["Binding", "Kind", "Resolution", "Scope", "enclosing_method", "library_name", "source_name"]

_NOTHING: Final[frozenset[str]] = frozenset()


class Kind(Enum):
    # Members are compared by identity and each is one object, so the identity hash fits; Enum's own hashes
    # the member's name in interpreted Python, which sets and dicts of kinds would call at every lookup.
    __hash__ = object.__hash__

    MODULE = "module"  # import json / from collections import abc: ``target`` is the module path
    IMPORTED = "imported"  # from operator import attrgetter: ``target`` is "operator.attrgetter"
    PARAM = "param"  # a parameter; ``target`` is "plain" when it has no default or a constant one
    # Assigned a string constant; ``target`` lists the identifiers a loop over a display of them may give
    # (``for key in ("name", "age")``: "name,age").
    CONST = "const"
    # A list/tuple/set/dict display of constants; ``target`` "lookup" for a dict with a computed key, "=" and
    # the items, comma-separated, for a list/tuple/set of identifiers.
    CONST_COLLECTION = "const-collection"
    # Taken from another name T (``target``): "T" for a value looked up (``T[k]``, ``T.get(k)``, ``T.values()``),
    # "T.#" for what iterating T gives (``for t in T``: a dict's keys), and for a loop that unpacks rows
    # (``for key, message in T``) "T.#1" for the second value of such an item, "T.@1" of a value looked up.
    ITEM = "item"
    # A list/tuple/dict display of tuple rows: ``target`` is "L:" (a list or tuple) or "D:" (a dict), then the
    # columns that hold a constant in every row ("L:0,2").
    TABLE = "table"
    CLASS = "class"
    INSTANCE = "instance"  # assigned ``Name(...)``: ``target`` is the called name (maybe a class of the tool)
    DEF = "def"
    # Made from another name (``w.a()``, ``x``, ``m.f(...)[0]``): ``target`` is that name, with "+" after it
    # when other operands went in too (``x = a or b``, ``x = a + b``); see ``source_name``.
    DERIVED = "derived"
    NAMES = "names"  # a tuple/list/set display of names (``(int, float)``): ``target`` lists them, comma-separated
    COPY = "copy"  # dict(x), list(x), sorted(x)...: a new container of x's items; ``target`` is "dict:x"
    OTHER = "other"


def enclosing_method(scope: Scope | None) -> tuple[ast.FunctionDef | ast.AsyncFunctionDef, Scope] | None:
    """The def that ``scope`` is (or is a comprehension in) with its scope, when it stands in a class body."""
    while scope is not None and scope.kind == "comprehension":
        scope = scope.parent
    if scope is None or scope.parent is None or scope.parent.kind != "class":
        return None
    node = scope.node
    return (node, scope) if isinstance(node, FunctionDef | AsyncFunctionDef) else None


def library_name(node: ast.AST, scope: Scope) -> str | None:
    """What ``name`` or ``module.name`` is as imported ("functools.cache"): a name bound only by imports of one
    name, or an attribute of a name bound only to one module; None for anything else (a function of the tool
    named cache, a name imported from two places)."""
    if isinstance(node, Attribute) and isinstance(node.value, Name):
        module = _sole_target(scope.resolve(node.value.id).bindings, Kind.MODULE)
        return f"{module}.{node.attr}" if module is not None else None
    if isinstance(node, Name):
        return _sole_target(scope.resolve(node.id).bindings, Kind.IMPORTED)
    return None


def _sole_target(bindings: list[Binding], kind: Kind) -> str | None:
    """What every binding names, when all are imports of one thing (an import written twice, or in both
    branches of a try: the same module or name either way), else None."""
    if not bindings or any(b.kind is not kind or b.target != bindings[0].target for b in bindings):
        return None
    return bindings[0].target


def source_name(target: str) -> str:
    """The name an ITEM or DERIVED target comes from: ``w`` of "w.catch_warnings()", "T.#1" or "x+"."""
    return target.partition(".")[0].rstrip("+")


class Binding:
    """What a name is bound to. Made for most assignments and imports, so a plain class, which mypyc
    compiles to a C struct (a NamedTuple's ``__new__`` stays interpreted Python)."""

    __slots__ = ("kind", "target")

    def __init__(self, kind: Kind, target: str = "") -> None:
        self.kind = kind
        self.target = target

    def __repr__(self) -> str:
        return f"Binding({self.kind!r}, {self.target!r})"


class Scope:
    """A namespace: its bindings, its ``global``/``nonlocal`` declarations, and the scope around it."""

    __slots__ = ("bindings", "globals", "kind", "node", "nonlocals", "parent")

    def __init__(self, kind: str, parent: Scope | None = None, node: ast.AST | None = None) -> None:
        self.kind = kind  # "module", "class", "function" (def, lambda) or "comprehension"
        self.parent = parent
        self.bindings: dict[str, list[Binding]] = {}
        # Few scopes declare anything: they share one empty set until ``declare`` gives them their own.
        self.globals: frozenset[str] = _NOTHING
        self.nonlocals: frozenset[str] = _NOTHING
        self.node = node  # the ClassDef of a class scope, the def or lambda of a function scope

    def declare(self, names: list[str], nonlocal_: bool) -> None:
        """``global names`` (or ``nonlocal names``) in this scope."""
        if nonlocal_:
            self.nonlocals = self.nonlocals.union(names)
        else:
            self.globals = self.globals.union(names)

    @property
    def function_like(self) -> bool:
        return self.kind in ("function", "comprehension")

    def module(self) -> Scope:
        scope = self
        while scope.parent is not None:
            scope = scope.parent
        return scope

    def binding_scope(self, name: str) -> Scope:
        """The scope a store to ``name`` made here binds in (``global``/``nonlocal`` move it)."""
        if name in self.globals:
            return self.module()
        if name in self.nonlocals:
            scope = self.parent
            while scope is not None and not scope.function_like:
                scope = scope.parent
            if scope is not None:
                return scope
        return self

    def bind(self, name: str, binding: Binding) -> None:
        self.binding_scope(name).bindings.setdefault(name, []).append(binding)

    def resolve(self, name: str) -> Resolution:
        """Where a load of ``name`` in this scope finds its value."""
        scope: Scope | None = self
        first = True
        while scope is not None:
            if not first and scope.kind == "class":  # invisible to what is nested in it, declarations too
                scope = scope.parent
                continue
            if name in scope.globals:
                return _at_module(scope.module(), name)
            if scope.kind == "module":
                return _at_module(scope, name)
            if name in scope.nonlocals:
                first = False
                scope = scope.parent
                continue
            bound = scope.bindings.get(name)
            if bound:
                if scope.function_like:
                    return Resolution(bound, may_be_builtin=False)
                if first:  # a class body: its namespace, then globals, then builtins
                    return Resolution(bound + _at_module(scope.module(), name).bindings, may_be_builtin=True)
            # Class scopes are invisible to the functions nested in them.
            first = False
            scope = scope.parent
        return Resolution([], may_be_builtin=True)


def defining_scope(scope: Scope, name: str) -> Scope:
    """The scope whose bindings a load of ``name`` in ``scope`` finds, as ``Scope.resolve`` walks: what a
    binding there was made from (``for k in T``: T) means what it meant in that scope, not in this one."""
    current: Scope | None = scope
    first = True
    while current is not None:
        if not first and current.kind == "class":
            current = current.parent
            continue
        if name in current.globals:
            return current.module()
        if current.kind == "module":
            return current
        if name not in current.nonlocals and name in current.bindings and (first or current.function_like):
            return current
        first = False
        current = current.parent
    return scope.module()


def source_scopes(scope: Scope, name: str) -> tuple[Scope, ...]:
    """Where the names ``name``'s bindings were made from (``for k in T``: T; ``x = y.strip()``: y) are looked
    up: the scope that holds those bindings, and for a comprehension's variable also the scope around it,
    where its first iterable was evaluated (a class body's names are visible there, not inside)."""
    where = defining_scope(scope, name)
    if where.kind == "comprehension" and where.parent is not None:
        return (where, where.parent)
    return (where,)


class Resolution:
    """Where a load finds its value: the bindings it may see, and whether the builtin may answer instead.

    Module paths and imported names are listed on first use: the final pass asks for them for most names.
    """

    __slots__ = ("_imported", "_modules", "bindings", "may_be_builtin")

    def __init__(self, bindings: list[Binding], may_be_builtin: bool) -> None:
        self.bindings = bindings
        self.may_be_builtin = may_be_builtin
        self._modules: list[str] | None = None
        self._imported: list[str] | None = None

    def modules(self) -> list[str]:
        if self._modules is None:
            module = Kind.MODULE
            self._modules = [b.target for b in self.bindings if b.kind is module]
        return self._modules

    def imported(self) -> list[str]:
        if self._imported is None:
            imported = Kind.IMPORTED
            self._imported = [b.target for b in self.bindings if b.kind is imported]
        return self._imported

    def only(self, *kinds: Kind) -> bool:
        return bool(self.bindings) and all(b.kind in kinds for b in self.bindings)


def _at_module(module: Scope, name: str) -> Resolution:
    return Resolution(module.bindings.get(name, []), may_be_builtin=True)
