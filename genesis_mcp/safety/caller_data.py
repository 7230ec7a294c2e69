"""What counts as the caller's data: literals, the caller's own arguments (JSON values, whose attributes lead
nowhere), copies of them, and what operators, displays, the data's own methods and a few builtins make of
them; never the tool's objects, functions or builtins.
"""

from __future__ import annotations

import ast
from typing import Final

from genesis_mcp.safety.context import Context, Tag
from genesis_mcp.safety.nodes import (
    Attribute,
    BinOp,
    Call,
    Constant,
    Dict,
    IfExp,
    JoinedStr,
    List,
    Name,
    Set,
    Starred,
    Subscript,
    Tuple,
    UnaryOp,
)
from genesis_mcp.safety.scopes import Kind, Scope, source_name, source_scopes
from genesis_mcp.safety.template_sources import fixed_in_class, literal_template, only_read, passed_for

__all__ = ["plain_data"]

_CALLEE: Final = Tag.CALLEE
# Builtins whose result is a str, a number, or a container of what they are given.
_DATA_BUILTINS: Final = frozenset(
    {"str", "int", "float", "len", "round", "abs", "bool", "repr", "sum", "min", "max", "dict", "list", "tuple"}
)
_MAX_DEPTH: Final = 6


def plain_data(ctx: Context, node: ast.AST, scope: Scope, callers: list[str], depth: int) -> bool:
    """``node`` is surely data: a literal, the caller's data, or made of them by operators, displays,
    methods of the data itself and the builtins above. Anything else (an object of the tool's classes, a
    function, a module's object) is refused."""
    if depth > _MAX_DEPTH:
        return False
    deeper = depth + 1
    if isinstance(node, Constant | JoinedStr) or ctx.fold(node) is not None:
        return True  # an f-string makes a str, whatever it reads
    if isinstance(node, Name):
        return _plain_name(ctx, node.id, scope, callers, deeper)
    if isinstance(node, Starred | Subscript):  # an item of data is data; the index is not returned
        return plain_data(ctx, node.value, scope, callers, deeper)
    if isinstance(node, BinOp):
        return all(plain_data(ctx, side, scope, callers, deeper) for side in (node.left, node.right))
    if isinstance(node, UnaryOp):
        return plain_data(ctx, node.operand, scope, callers, deeper)
    if isinstance(node, IfExp):
        return all(plain_data(ctx, branch, scope, callers, deeper) for branch in (node.body, node.orelse))
    if isinstance(node, List | Tuple | Set):
        return all(plain_data(ctx, e, scope, callers, deeper) for e in node.elts)
    if isinstance(node, Dict):
        parts = [k for k in node.keys if k is not None] + node.values
        return all(plain_data(ctx, p, scope, callers, deeper) for p in parts)
    if isinstance(node, Call):
        func = node.func
        if isinstance(func, Name):
            fine = func.id in _DATA_BUILTINS and not ctx.resolve(scope, func.id).bindings
        elif isinstance(func, Attribute):  # name.strip(), row.get("k", 0): a method of the data
            fine = not func.attr.startswith("_") and plain_data(ctx, func.value, scope, callers, deeper)
        else:
            fine = False
        arguments = [*node.args, *(k.value for k in node.keywords)]
        return fine and all(plain_data(ctx, a, scope, callers, deeper) for a in arguments)
    return False


def _plain_name(ctx: Context, name: str, scope: Scope, callers: list[str], depth: int) -> bool:
    bindings = ctx.resolve(scope, name).bindings
    if not bindings or depth > _MAX_DEPTH:
        return False  # a builtin (len, print) is a function, not data
    for binding in bindings:
        if binding.kind is Kind.CONST:
            continue
        if binding.kind is Kind.CONST_COLLECTION and only_read(ctx, name) and fixed_in_class(scope, name, bindings):
            continue  # a literal nothing changes
        if binding.kind is Kind.PARAM:
            if binding.target.startswith("entry:") and _parameter_data(ctx, binding.target, callers, depth):
                continue
            return False
        if binding.kind is Kind.COPY:  # dict(row): the items of row, while dict is the builtin
            maker, _, source = binding.target.partition(":")
            sources = source_scopes(scope, name)
            if not any(ctx.resolve(where, maker).bindings for where in sources) and all(
                _plain_name(ctx, source, where, callers, depth + 1) for where in sources
            ):
                continue
            return False
        if binding.kind in (Kind.ITEM, Kind.DERIVED) and binding.target and not binding.target.endswith("+"):
            # for row in rows, x = rows[0], s = name.strip(): made from what the name it comes from holds
            head = source_name(binding.target)
            if head == name or all(  # text = text.strip(); the source looked up where the binding is
                _plain_name(ctx, head, where, callers, depth + 1) for where in source_scopes(scope, name)
            ):
                continue
        return False
    return True


def _parameter_data(ctx: Context, target: str, callers: list[str], depth: int) -> bool:
    """A module-level function's parameter holds data: from the caller, it is the caller's JSON; from each
    of the tool's calls, it is given data, or that call gives the function a literal template (then the
    template's own fields were checked where it was written)."""
    _, function, index, parameter = target.split(":", 3)
    templates = [t.split(":", 3) for t in callers if t.split(":", 2)[1] == function]
    for tag, name, scope, _node, extra in ctx.uses:
        if name != function:
            continue
        if tag is not _CALLEE or not isinstance(extra, Call):
            return False
        literal = bool(templates)
        for _, _, template_index, template_name in templates:
            given = passed_for(extra, int(template_index), template_name)
            relayed: list[str] = []
            if given is not None and not (literal_template(ctx, given, scope, 0, relayed) and not relayed):
                literal = False
        if literal:
            continue
        value = passed_for(extra, int(index), parameter)
        if value is not None and not plain_data(ctx, value, scope, callers, depth + 1):
            return False
    return True
