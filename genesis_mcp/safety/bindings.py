"""What a name is bound to by an assignment or a loop (a ``Binding``), for the rules judged after the walk:
constants and tables of them (str.format templates), displays and copies (plain containers), instances,
names made from other names, and the items and row columns a loop takes from a table.
"""

from __future__ import annotations

import ast
from collections.abc import Sequence
from typing import Any, Final

from genesis_mcp.safety.attributes import COPIES, receiver_root
from genesis_mcp.safety.context import Context, Frame, Tag
from genesis_mcp.safety.definitions import head_name
from genesis_mcp.safety.dispatch import none_type
from genesis_mcp.safety.names import is_dunder
from genesis_mcp.safety.nodes import (
    Attribute,
    Await,
    BinOp,
    BoolOp,
    Call,
    Constant,
    Dict,
    DictComp,
    IfExp,
    JoinedStr,
    List,
    ListComp,
    Name,
    Set,
    SetComp,
    Starred,
    Subscript,
    Tuple,
    UnaryOp,
)
from genesis_mcp.safety.scopes import Binding, Kind, Scope

__all__ = ["FIELD_NAME", "OTHER", "classify", "given_more", "identifiers", "loop_target", "shared"]

OTHER: Final = Binding(Kind.OTHER)
_CONST: Final = Binding(Kind.CONST)
_CONST_COLLECTION: Final = Binding(Kind.CONST_COLLECTION)
_LOOKUP_COLLECTION: Final = Binding(Kind.CONST_COLLECTION, "lookup")  # a dict of constants with computed keys
_EMPTY_DISPLAY: Final = Binding(Kind.OTHER, "empty")  # [] or {}: a new container, of nothing yet (callers._shared)
_COPIES: Final = frozenset({"dict", "list", "tuple", "sorted", "set", "frozenset"})  # builtins that copy items
_COMPREHENSIONS: Final = frozenset({ListComp, SetComp, DictComp})
_FIELD: Final = Binding(Kind.ITEM, "<fields>")
FIELD_NAME: Final = Binding(Kind.ITEM, "<field-names>")  # a key of dataclasses.asdict(x): some field's name
_MAX_COLLECTION: Final = 512
_FOLDABLE: Final = frozenset({Constant, BinOp, UnaryOp, JoinedStr, Subscript, Call})
_DISPLAYS: Final = frozenset({List, Tuple, Set})
_NEW_CONTAINERS: Final = frozenset({List, Set, Dict, ListComp, SetComp, DictComp})


def classify(ctx: Context, value: Any) -> Binding:
    """What an assignment binds (``value`` is an expression node or None), for the format-template rule."""
    if value is None:
        return OTHER
    kind = type(value)
    if kind is Call:
        func = value.func
        if type(func) is Name:
            args = value.args
            if func.id in _COPIES and len(args) == 1 and type(args[0]) is Name and not value.keywords:
                return Binding(Kind.COPY, f"{func.id}:{args[0].id}")
            if func.id not in ("chr", "str"):
                return Binding(Kind.INSTANCE, func.id)
        elif type(func) is Attribute and func.attr == "get":
            table, args = func.value, value.args
            if type(table) is Name and len(args) <= 2 and (len(args) < 2 or ctx.fold(args[1]) is not None):
                return Binding(Kind.ITEM, table.id)
    elif kind is Subscript and type(value.value) is Name:
        return Binding(Kind.ITEM, value.value.id)
    if kind in _FOLDABLE and ctx.fold(value) is not None:  # fold() of any other node is None at once
        return _CONST
    if kind is IfExp:  # "one {x}" if n == 1 else "{n} {x}s", or T["one"] if n == 1 else T["many"]
        branches = (value.body, value.orelse)
        if all(type(b) in _NEW_CONTAINERS for b in branches):  # [header] if header else []: a new container
            ctx.displays[id(value)] = value
            return Binding(Kind.OTHER, f"display:{id(value)}")
        tables = {b.value.id for b in branches if type(b) is Subscript and type(b.value) is Name}
        if all(ctx.fold(b) is not None or (type(b) is Subscript and type(b.value) is Name) for b in branches):
            if not tables:
                return _CONST
            if len(tables) == 1 and all(type(b) is Subscript for b in branches):
                return Binding(Kind.ITEM, tables.pop())
    if kind is BoolOp and all(ctx.fold(v) is not None for v in value.values):
        return _CONST
    items: list[ast.expr] | None = None
    if kind in _DISPLAYS:
        items = value.elts
    elif kind is Dict and None not in value.keys:  # no {**other}
        items = value.values
    if items and len(items) <= _MAX_COLLECTION:
        if all(ctx.fold(i) is not None for i in items):
            # Iterating a dict gives its keys: only lookups give constants when a key is computed.
            keyed = kind is Dict and not all(ctx.fold(k) is not None for k in value.keys)
            if keyed:
                return _LOOKUP_COLLECTION
            # Iterating gives the items, or a dict's keys: identifiers (a tuple's marked "(": it cannot change)
            names = identifiers(ctx, value.keys if kind is Dict else items)
            if names is None:
                return _CONST_COLLECTION
            return Binding(Kind.CONST_COLLECTION, ("=(" if kind is Tuple else "=") + names)
        if type(items[0]) is Tuple:
            columns = _constant_columns(ctx, items)
            if columns:  # iterating a list of rows gives rows; a dict of rows, its keys
                return Binding(Kind.TABLE, ("D:" if kind is Dict else "L:") + columns)
        held = [e.id for e in items if isinstance(e, Name)]
        if held and all(type(e) is Name or none_type(e) for e in items):  # (int, type(None)): judged where used
            return Binding(Kind.NAMES, ",".join(held))
    if kind in _DISPLAYS or kind is Dict or kind in _COMPREHENSIONS:
        empty = (kind in _DISPLAYS and not value.elts) or (kind is Dict and not value.keys)
        if empty:
            return _EMPTY_DISPLAY
        # A plain container (class_rules._lookup_peer) of what the names in it hold: callers._shared looks
        # them up in the node kept here, only when a caller's template needs it
        ctx.displays[id(value)] = value
        return Binding(Kind.OTHER, f"display:{id(value)}")
    if kind is Name:
        return Binding(Kind.DERIVED, value.id)
    if kind is BoolOp or kind is BinOp:  # x = a or b, x = a | b: made from its first operand
        first = classify(ctx, value.values[0] if kind is BoolOp else value.left)
        if first.kind is Kind.DERIVED:  # "+": and from others, which may be anything (see Kind.DERIVED)
            return Binding(Kind.DERIVED, first.target + "+")
        # Not an object C(...) made, though: C() and b is b, and C() + b is whatever C's __add__ returns.
    func = value.func if kind is Call else None
    if type(func) is Attribute and type(func.value) is Name and func.attr not in COPIES:
        # x = Version.parse(s): made by a method of what the name holds ("Version.parse()"); copy.copy(self)
        # is like its argument (receiver_root, below); "+" when the call gives it more (d.get("k", obj))
        given = [*value.args, *(k.value for k in value.keywords)]
        more = "+" if any(ctx.fold(g) is None for g in given) else ""
        return Binding(Kind.DERIVED, f"{value.func.value.id}.{value.func.attr}(){more}")
    if kind is Attribute or kind is Call or kind is Subscript:
        root = receiver_root(value)
        if root is not None:  # "+": a call on the way was given more (values.copy().get("k", obj))
            return Binding(Kind.DERIVED, root + ("+" if given_more(ctx, value) else ""))
    return OTHER


def given_more(ctx: Context, node: ast.AST) -> bool:
    """A call on the way from an expression to the name it starts from takes something but constants."""
    for _ in range(100):
        kind = type(node)
        if kind is Call:
            given = [*node.args, *(k.value for k in node.keywords)]  # type: ignore[attr-defined]
            if any(ctx.fold(g) is None for g in given):
                return True
            node = node.func  # type: ignore[attr-defined]
        elif kind is Attribute or kind is Subscript or kind is Starred or kind is Await:
            node = node.value  # type: ignore[attr-defined]
        else:
            return False
    return True


def _constant_columns(ctx: Context, rows: list[ast.expr]) -> str:
    """The columns that hold a constant in every row of a table of tuple displays of one width ("0,2"), or
    "". Rows must be tuples: a list row could be given a run-time value (``T[0][1] = s``) by a read of T;
    and without ``*x`` in them, so that a row has at run time the width it is written with."""
    tuples = [r for r in rows if isinstance(r, Tuple)]
    width = len(tuples[0].elts) if tuples else 0
    if len(tuples) < len(rows) or any(len(r.elts) != width for r in tuples):
        return ""
    if any(isinstance(cell, Starred) for r in tuples for cell in r.elts):
        return ""
    found = []
    for column in range(width):
        if all(ctx.fold(r.elts[column]) is not None for r in tuples):
            found.append(str(column))
    return ",".join(found)


def _row_target(ctx: Context, target: ast.AST, table: str, scope: Scope, mark: str) -> bool:
    """Bind a loop target to what it takes from a table: mark "#" for what iterating T gives ("T.#", and "T.#1"
    for the second name of ``for key, message in T``), "@" for its values ("T", "T.@1"); see ITEM in
    scopes.py. False for targets other than a name or a tuple of names."""
    if isinstance(target, Name):
        ctx.bind(target.id, target, scope, Binding(Kind.ITEM, table + ".#" if mark == "#" else table))
        return True
    names = [e for e in target.elts if isinstance(e, Name)] if isinstance(target, Tuple) else []
    if not names or len(names) < len(target.elts):  # type: ignore[attr-defined]
        return False
    for column, element in enumerate(names):
        ctx.bind(element.id, element, scope, Binding(Kind.ITEM, f"{table}.{mark}{column}"))
    return True


def shared(binding: Binding, value: ast.expr) -> Binding:
    """What a name gets when the same value goes to another place too (``A = B = [...]``, a walrus inside an
    expression): a list or dict that something else can change is no table and no new container any more."""
    kind = binding.kind
    if kind is Kind.CONST or (kind is Kind.CONST_COLLECTION and type(value) is Tuple):
        return binding
    return OTHER


def identifiers(ctx: Context, items: Sequence[ast.expr | None]) -> str | None:
    """The items of a display, comma-separated, when every one is a constant identifier."""
    values = [ctx.fold(i) if i is not None else None for i in items]
    if all(isinstance(v, str) and v.isidentifier() for v in values):
        return ",".join(values)  # type: ignore[arg-type]
    return None


def loop_target(ctx: Context, target: ast.AST, iterable: ast.AST, scope: Scope, stack: list[Frame]) -> None:
    if type(iterable) is Name and _row_target(ctx, target, iterable.id, scope, "#"):
        return
    if type(target) is Name and type(iterable) in _DISPLAYS and iterable.elts:  # type: ignore[attr-defined]
        roots = [receiver_root(e) for e in iterable.elts]  # type: ignore[attr-defined]
        root = next((r for r in roots if r is not None), None)
        if root is not None:  # for enc in [json.JSONEncoder]: enc comes from json (and the others: "+")
            more = len(roots) > 1 or given_more(ctx, iterable.elts[0])  # type: ignore[attr-defined]
            ctx.bind(target.id, target, scope, Binding(Kind.DERIVED, root + ("+" if more else "")))
            return
        names = identifiers(ctx, iterable.elts)  # type: ignore[attr-defined]
        if names:  # for key in ("name", "age"): getattr(obj, key) may read each (dynamic_names.py)
            ctx.bind(target.id, target, scope, Binding(Kind.CONST, names))
            return
    if type(target) is Tuple and type(iterable) in _DISPLAYS and _inline_rows(ctx, target, iterable, scope, stack):
        return
    if type(target) is Name and type(iterable) is Attribute and type(iterable.value) is Name:
        holder, attr = iterable.value.id, iterable.attr
        if holder in ("self", "cls") and not is_dunder(attr):  # for key in self.FIELDS: a class constant?
            ctx.bind(target.id, target, scope, Binding(Kind.OTHER, f"class-table:{holder}.{attr}"))
            return
    func = iterable.func if type(iterable) is Call else None  # fields(x) or dataclasses.fields(x), no more:
    plain = type(func) is Name or (type(func) is Attribute and type(func.value) is Name)  # X(o).type.fields()
    maker = head_name(func) if plain else None  # type: ignore[arg-type]
    if maker == "asdict" and (len(iterable.args) != 1 or iterable.keywords):  # type: ignore[attr-defined]
        maker = None  # asdict(x, dict_factory=f): the keys are whatever f makes
    if type(target) is Name and (maker == "fields" or maker == "asdict"):
        # for f in dataclasses.fields(x): f.name is a field name; for k in asdict(x): k is one
        ctx.bind(target.id, target, scope, _FIELD if maker == "fields" else FIELD_NAME)
        root = receiver_root(func)
        if root is not None:
            ctx.uses.append((Tag.FROM_MODULE, root, scope, iterable, ("dataclasses", maker)))
        return
    if type(iterable) is Call and type(iterable.func) is Attribute:
        table, method = iterable.func.value, iterable.func.attr
        if type(table) is Name and not iterable.args:  # for v in T.values() / for k, v in T.items(): v is an
            if method == "values" and _row_target(ctx, target, table.id, scope, "@"):  # item of T
                return
            pair = target.elts if type(target) is Tuple else ()
            if method == "items" and len(pair) == 2 and _row_target(ctx, pair[1], table.id, scope, "@"):
                if not _row_target(ctx, pair[0], table.id, scope, "#"):  # the key: what iterating T gives
                    stack.append((pair[0], scope, 0))
                return
    elif type(iterable) is Call and type(iterable.func) is Name and iterable.func.id == "enumerate":
        given = iterable.args[0] if len(iterable.args) == 1 and not iterable.keywords else None
        pair = target.elts if type(target) is Tuple else ()
        if isinstance(given, Name) and len(pair) == 2 and _row_target(ctx, pair[1], given.id, scope, "#"):
            stack.append((pair[0], scope, 0))  # for i, (key, message) in enumerate(T)
            return
    stack.append((target, scope, 0))


def _inline_rows(ctx: Context, target: ast.Tuple, iterable: Any, scope: Scope, stack: list[Frame]) -> bool:
    """``for key, check in [("name", f), ("age", g)]``: a column of identifiers written out in every row gives
    its name those identifiers (getattr(obj, key) then reads each); the other columns are just bound."""
    parts, rows = target.elts, iterable.elts
    if not rows or any(type(p) is Starred for p in parts):
        return False
    for row in rows:
        if type(row) is not Tuple or len(row.elts) != len(parts) or any(type(c) is Starred for c in row.elts):
            return False
    for index, part in enumerate(parts):
        names = identifiers(ctx, [row.elts[index] for row in rows]) if type(part) is Name else None
        if names:
            ctx.bind(part.id, part, scope, Binding(Kind.CONST, names))  # type: ignore[attr-defined]
        else:
            stack.append((part, scope, 0))
    return True
