"""Where a ``str.format`` template comes from: a literal, an item of a table of literals nothing changes,
or a parameter of a module-level function that the tool itself only ever calls with such templates.

Such a parameter is listed in ``callers``: the caller may call the function with a template of its own,
and ``callers.py`` then judges what the template is filled with.
"""

from __future__ import annotations

import ast
from typing import Final

from genesis_mcp.safety.context import Context, Tag
from genesis_mcp.safety.names import is_dunder
from genesis_mcp.safety.nodes import Call, Name, Starred, Subscript
from genesis_mcp.safety.scopes import Binding, Kind, Scope, defining_scope, source_scopes

__all__ = ["callers_pass_literals", "fixed_in_class", "literal_template", "only_read", "passed_for", "read_only_table"]

_CALLEE: Final = Tag.CALLEE
_CHAIN: Final = Tag.CHAIN
_FORMAT: Final = Tag.FORMAT
_READ_METHODS: Final = frozenset({"get", "keys", "values", "items", "count", "index"})


def callers_pass_literals(ctx: Context, target: str, depth: int, callers: list[str]) -> bool:
    """A module-level function's parameter (``target``, "entry:function:position:name") may hold a template:
    every use of the function in the tool is a call that passes a literal there (a literal, a name bound
    only to one, an item of a table of them) or a template from a further caller. Each such parameter goes
    in ``callers``: the caller may call the function itself with a template of its own."""
    _, function, index, parameter = target.split(":", 3)
    position = int(index)
    callers.append(target)
    for tag, name, scope, _node, extra in ctx.uses:
        if name != function:
            continue
        if tag is not _CALLEE or not isinstance(extra, Call) or depth > 2:
            return False  # passed around, decorated, or too deep to follow
        if any(isinstance(a, Starred) for a in extra.args) or any(k.arg is None for k in extra.keywords):
            return False
        given = passed_for(extra, position, parameter)
        if given is not None and not literal_template(ctx, given, scope, depth + 1, callers):
            return False
    return True


def passed_for(call: ast.Call, position: int, parameter: str) -> ast.expr | None:
    """What a call passes for a parameter (None: the default)."""
    given = call.args[position] if 0 <= position < len(call.args) else None
    return given or next((k.value for k in call.keywords if k.arg == parameter and parameter), None)


def read_only_table(ctx: Context, scope: Scope, name: str) -> bool:
    """A list, tuple or dict display of literals that every use of the name only reads: indexed, iterated,
    searched (``k in T``), given to len()/sorted()-like builtins, or asked .get/.keys/.values/.items.
    Anything else (passed on, aliased, compared, a method that changes it, an item stored) could put a
    run-time template in it."""
    name, _, taken = name.partition(".")  # see Kind.ITEM: "T", "T.#", "T.#1" or "T.@1"
    bindings = scope.resolve(name).bindings
    if not bindings or not fixed_in_class(scope, name, bindings):
        return False
    if not taken or taken == "#":  # a value looked up, or what iterating gives (a dict's keys)
        if not all(b.kind is Kind.CONST_COLLECTION and not (taken and b.target == "lookup") for b in bindings):
            return False
    else:  # one column of a table of rows, constant in every row (rows come by iterating only from a list)
        column = taken[1:]
        for b in bindings:
            if not (b.kind is Kind.TABLE and column in b.target[2:].split(",")):
                return False
            if taken[0] == "#" and not b.target.startswith("L:"):
                return False
    return only_read(ctx, name)


def fixed_in_class(scope: Scope, name: str, bindings: list[Binding]) -> bool:
    """A table bound in a class body is also the class attribute (``C.T.append(x)``, ``self.T[0] = x``), which
    no use of the name shows: there only a tuple of identifiers is sure to stay what it was written as (a
    generator in the class body reads it when consumed, after any such change)."""
    if defining_scope(scope, name).kind != "class":
        return True
    return all(b.kind is Kind.CONST_COLLECTION and b.target[:2] == "=(" for b in bindings)


def only_read(ctx: Context, name: str) -> bool:
    """Every use of the name only reads what it holds: indexed, iterated, searched, given to len()-like
    builtins or asked .get/.keys/.values/.items (read_only_table)."""
    if ctx.readers:  # a call of the tool's own len/sorted/enumerate/str passes its arguments on: not a read
        for builtin, where, call in ctx.readers:
            if ctx.resolve(where, builtin).bindings:
                ctx.read_only.difference_update(id(a) for a in call.args)
        ctx.readers.clear()
    for tag, used, _scope, node, extra in ctx.uses:
        if used != name or tag is _FORMAT or id(node) in ctx.read_only:
            continue
        if tag is _CHAIN and isinstance(extra, tuple):
            outer, store, call = extra
            if not store and call is not None and outer.value is node and outer.attr in _READ_METHODS:
                continue
        return False
    return True


def literal_template(ctx: Context, node: ast.AST, scope: Scope, depth: int, callers: list[str]) -> bool:
    if ctx.fold(node) is not None:
        return True
    if isinstance(node, Subscript) and isinstance(node.value, Name):
        return read_only_table(ctx, scope, node.value.id)
    if not isinstance(node, Name) or is_dunder(node.id):  # __doc__: a docstring, never scanned
        return False
    bindings = scope.resolve(node.id).bindings
    for binding in bindings:
        if binding.kind is Kind.CONST:
            continue
        if binding.kind is Kind.ITEM:
            if not all(read_only_table(ctx, w, binding.target) for w in source_scopes(scope, node.id)):
                return False
            continue
        if binding.kind is Kind.PARAM and binding.target.startswith("entry:"):
            if not callers_pass_literals(ctx, binding.target, depth, callers):
                return False
            continue
        return False
    return bool(bindings)
