"""The generic part of the walk: how a node's children are queued, names, and handlers built from the
grammar for node types without rules of their own.

A node class documents its fields in a grammar line (``If(expr test, stmt* body, stmt* orelse)``);
``generic_handler`` reads it once per class and returns a handler that visits exactly the fields that
hold nodes. Expression contexts and operators are left out: nothing in them needs checking.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable
from typing import Any, Final

from genesis_mcp.safety.context import (
    ANNOTATION,
    CLASSINFO,
    FORWARD,
    INHERITED,
    LITERAL,
    OPERAND,
    Context,
    Frame,
    Handler,
    Tag,
)
from genesis_mcp.safety.guards import narrow
from genesis_mcp.safety.names import DEFINABLE_DUNDERS, READABLE_DUNDER_NAMES, is_dunder
from genesis_mcp.safety.nodes import AST, Constant, If, Load, Name
from genesis_mcp.safety.scopes import Binding, Kind, Scope
from genesis_mcp.safety.strings import scan_string, type_string_problem

__all__ = ["child", "children", "constant", "generic_handler", "name", "push_body", "scan"]

_FIELD_SPEC: Final = re.compile(r"(\w+)([*?]?) (\w+)")
# Field types that are not nodes, or nodes with nothing to check (contexts and operators).
_NOT_NODES: Final = frozenset(
    {"identifier", "string", "constant", "int", "expr_context", "boolop", "operator", "unaryop", "cmpop"}
)
# Lists of statements (or of what holds statements): visited in source order.
_BLOCKS: Final = frozenset({"stmt", "excepthandler", "match_case"})
_SKIPPED_NODES: Final = (ast.expr_context, ast.boolop, ast.operator, ast.unaryop, ast.cmpop)
_OTHER: Final = Binding(Kind.OTHER)
# The use a load records, by the flags it is visited with (flags are below 16): an operand or annotation,
# or a value (flags are below 32). A table lookup costs less than a test, and an Enum member lookup more.
_LOAD_TAGS: Final = tuple(
    Tag.CLASSINFO if flags & (CLASSINFO | ANNOTATION) else Tag.OPERAND if flags & OPERAND else Tag.VALUE
    for flags in range(32)
)


def name(ctx: Context, node: ast.Name, scope: Scope, flags: int, stack: list[Frame]) -> None:
    """A store binds the name; a load of a dunder is judged now, any other load is kept for ``finish``."""
    ident = node.id
    if type(node.ctx) is not Load:
        ctx.bind(ident, node, scope, _OTHER)
    elif ident[0] != "_" or not is_dunder(ident):  # identifiers are never empty
        ctx.uses.append((_LOAD_TAGS[flags], ident, scope, node, None))
    elif ident not in READABLE_DUNDER_NAMES and not (scope.kind == "class" and ident in DEFINABLE_DUNDERS):
        ctx.dunder_name(ident, node)  # a class body may reuse its own special methods: __rmul__ = __mul__


def scan(ctx: Context, text: str, node: ast.AST, flags: int) -> None:
    """Judge the text of a string constant (or of a constant expression) where it is written."""
    found = scan_string(text)
    if found is not None:
        ctx.add(found[0], node, found[1])
    if flags & (ANNOTATION | FORWARD) and not flags & LITERAL:
        problem = type_string_problem(text)
        if problem is not None:
            ctx.add(
                "string-annotation",
                node,
                f"the string annotation {text[:60]!r} is not a plain type ({problem}); typing tools evaluate it "
                "as code; write names such as 'Node' or Optional['Node']",
            )


def constant(ctx: Context, node: ast.Constant, scope: Scope, flags: int, stack: list[Frame]) -> None:
    value = node.value
    if type(value) is str:
        plain = "__" not in value and "{" not in value and value.isascii()  # the common case, decided fast
        if not (plain and not flags & (ANNOTATION | FORWARD)) and id(node) not in ctx.judged:
            scan(ctx, value, node, flags)
    elif type(value) is bytes:
        scan(ctx, value.decode("latin-1"), node, 0)


def child(ctx: Context, node: Any, scope: Scope, flags: int, stack: list[Frame]) -> None:
    """Settle a name or a constant at once (neither has children), queue any other node.

    Constants only ever add findings, so when they are judged does not matter; a name records a use or
    a binding, so only the node a handler would queue last (the next one out) may be given here.
    """
    kind = type(node)
    if kind is Name:
        name(ctx, node, scope, flags, stack)
    elif kind is Constant:
        constant(ctx, node, scope, flags, stack)
    elif isinstance(node, AST):  # not None, nor a scalar a newer grammar line did not announce
        stack.append((node, scope, flags))


def children(ctx: Context, nodes: Iterable[Any], scope: Scope, flags: int, stack: list[Frame]) -> None:
    """``child`` for each node in turn, in one call (a node, None, or what a newer grammar may put there)."""
    for node in nodes:
        kind = type(node)
        if kind is Name:
            ident = node.id
            if type(node.ctx) is Load and (ident[0] != "_" or not is_dunder(ident)):
                ctx.uses.append((_LOAD_TAGS[flags], ident, scope, node, None))  # what name() does with a load
            else:
                name(ctx, node, scope, flags, stack)
        elif kind is Constant:
            value = node.value
            if type(value) is str:
                # What ``constant`` asks first, asked here to spare a call for the plain strings.
                if flags & (ANNOTATION | FORWARD) or "__" in value or "{" in value or not value.isascii():
                    constant(ctx, node, scope, flags, stack)
            elif type(value) is bytes:
                constant(ctx, node, scope, flags, stack)
        elif isinstance(node, AST):
            stack.append((node, scope, flags))


def push_body(ctx: Context, stack: list[Frame], body: list[ast.stmt], scope: Scope) -> None:
    """Queue statements so that they come out in source order (``global`` before what it moves), noting
    allow-list guards among them (guards.py)."""
    guard = False
    for statement in reversed(body):
        stack.append((statement, scope, 0))
        if type(statement) is If:
            guard = True
    if guard:
        narrow(ctx, body, scope)


def _by_value(ctx: Context, node: ast.AST, scope: Scope, flags: int, stack: list[Frame]) -> None:
    """A node class without a grammar line: look at its values at run time."""
    flags &= INHERITED
    for field in node._fields:
        value = getattr(node, field, None)
        if isinstance(value, list):
            stack.extend([(item, scope, flags) for item in value if isinstance(item, AST)])
        elif isinstance(value, AST) and not isinstance(value, _SKIPPED_NODES):
            stack.append((value, scope, flags))


def _nothing(ctx: Context, node: ast.AST, scope: Scope, flags: int, stack: list[Frame]) -> None:
    return None


def _one(field: str) -> Handler:
    def visit(ctx: Context, node: ast.AST, scope: Scope, flags: int, stack: list[Frame]) -> None:
        child(ctx, getattr(node, field, None), scope, flags & INHERITED, stack)

    return visit


def _many(field: str) -> Handler:
    def visit(ctx: Context, node: ast.AST, scope: Scope, flags: int, stack: list[Frame]) -> None:
        children(ctx, getattr(node, field, ()), scope, flags & INHERITED, stack)

    return visit


def _fields(singles: tuple[str, ...], lists: tuple[str, ...]) -> Handler:
    def visit(ctx: Context, node: ast.AST, scope: Scope, flags: int, stack: list[Frame]) -> None:
        flags &= INHERITED
        for field in singles:
            child(ctx, getattr(node, field, None), scope, flags, stack)
        for field in lists:
            children(ctx, getattr(node, field, ()), scope, flags, stack)

    return visit


def _blocks(singles: tuple[str, ...], lists: tuple[str, ...], blocks: tuple[str, ...]) -> Handler:
    """A node with blocks of statements (if, while, with, try, match): their statements come out in source
    order, like a function body's, so that ``global k`` is seen before the ``k = ...`` it moves."""
    reverse = tuple(reversed(blocks))

    def visit(ctx: Context, node: ast.AST, scope: Scope, flags: int, stack: list[Frame]) -> None:
        flags &= INHERITED
        for field in singles:
            child(ctx, getattr(node, field, None), scope, flags, stack)
        for field in lists:
            children(ctx, getattr(node, field, ()), scope, flags, stack)
        for field in reverse:
            block: list[ast.stmt] = getattr(node, field, [])
            for statement in reversed(block):
                stack.append((statement, scope, flags))
            if any(type(s) is If for s in block):
                narrow(ctx, block, scope)

    return visit


def generic_handler(kind: type) -> Handler:
    """A handler that visits the node fields of ``kind``: the single ones first, then the lists, then blocks
    of statements, which come out first, in source order."""
    found = _FIELD_SPEC.findall(kind.__doc__ or "")
    if not found and getattr(kind, "_fields", None):  # no grammar line
        return _by_value
    singles = tuple(field for typ, mark, field in found if typ not in _NOT_NODES and mark != "*")
    lists = tuple(field for typ, mark, field in found if typ not in _NOT_NODES | _BLOCKS and mark == "*")
    blocks = tuple(field for typ, mark, field in found if typ in _BLOCKS and mark == "*")
    if blocks:
        return _blocks(singles, lists, blocks)
    if not singles and not lists:
        return _nothing
    if not lists and len(singles) == 1:
        return _one(singles[0])
    if not singles and len(lists) == 1:
        return _many(lists[0])
    return _fields(singles, lists)
