"""Allow-list guards: ``if key in ("name", "age"): getattr(obj, key)``, or ``if key not in FIELDS: raise``
followed by ``getattr(obj, key)``.

Past such a guard the name equals one of the listed identifiers, so getattr/setattr/hasattr/delattr on it
in the same scope is judged for each of them (dynamic_names.table_names). That holds only while nothing
rebinds the name in between, the read is not deferred (a lambda, a generator, a nested def read it later),
the name is a local of the function the guard is in, and no ``__eq__`` of the tool's could make a string
of its own equal to a listed one (a ``str`` subclass with ``__eq__`` returning True would pass the guard
with ``"__class__"``); the last two are checked after the walk.
"""

from __future__ import annotations

import ast
from typing import Final

from genesis_mcp.safety.context import Context
from genesis_mcp.safety.names import ATTRIBUTE_BUILTINS
from genesis_mcp.safety.nodes import (
    AsyncFunctionDef,
    BoolOp,
    Break,
    Call,
    ClassDef,
    Compare,
    Continue,
    DictComp,
    ExceptHandler,
    FunctionDef,
    GeneratorExp,
    Global,
    If,
    In,
    Lambda,
    ListComp,
    Load,
    MatchAs,
    MatchMapping,
    MatchStar,
    Name,
    Nonlocal,
    NotIn,
    Or,
    Raise,
    Return,
    SetComp,
    child_nodes,
    descendants,
)
from genesis_mcp.safety.scopes import Scope

__all__ = ["guarded_reads", "narrow"]

_EXITS: Final = (Raise, Return, Continue, Break)
# Nodes whose code runs later or elsewhere: a read inside is not guarded, a binding inside is not seen here.
_DEFERRED: Final = (FunctionDef, AsyncFunctionDef, Lambda, ClassDef, GeneratorExp, ListComp,
             SetComp, DictComp)  # fmt: skip


def narrow(ctx: Context, body: list[ast.stmt], scope: Scope) -> None:
    """Note the allow-list guards in ``body`` (called as a block is queued); what they narrow is worked out
    only for the names a getattr-like call is given (``guarded_reads``, after the walk)."""
    for index, statement in enumerate(body):
        if type(statement) is not If:
            continue
        test = statement.test
        # if key in T (and ...): the body; if key not in T (or ...): raise/return: what follows
        if type(test) is BoolOp:
            parts, exits = test.values, type(test.op) is Or
        else:
            parts, exits = [test], type(test) is Compare and type(test.ops[0]) is NotIn
        if exits and type(statement.body[-1]) not in _EXITS:
            continue
        wanted = NotIn if exits else In
        for part in parts:
            if type(part) is Compare and len(part.ops) == 1 and type(part.ops[0]) is wanted and type(part.left) is Name:
                ctx.guards.append((part.left.id, part.comparators[0], test, body, index, exits, scope))


def guarded_reads(ctx: Context, names: set[tuple[int, str]]) -> None:
    """For the guards of names some getattr-like call is given (``names``: scope id and name), note the
    reads each guard narrows in ``ctx.guarded``."""
    for name, allowed, test, body, index, exits, scope in ctx.guards:
        if (id(scope), name) not in names:
            continue
        if any(_rebinds(node, name) for node in descendants(test)):  # (key := ...) in the test itself
            continue
        # Past an exiting guard Python runs its else (or elif) first, then what follows: both are the region.
        guard = body[index]
        assert isinstance(guard, If)
        region = guard.orelse + body[index + 1 :] if exits else guard.body
        _guarded_reads(ctx, name, allowed, region, scope)


def _guarded_reads(ctx: Context, name: str, allowed: ast.expr, region: list[ast.stmt], scope: Scope) -> None:
    reads: list[ast.Name] = []
    pending: list[ast.AST] = list(region)
    while pending:
        node = pending.pop()
        if _rebinds(node, name):
            return
        if isinstance(node, _DEFERRED):
            if any(_rebinds(inner, name) for inner in descendants(node)):
                return  # conservative: a nested scope naming it
            continue
        if (
            type(node) is Call
            and type(node.func) is Name
            and node.func.id in ATTRIBUTE_BUILTINS
            and len(node.args) >= 2
            and type(node.args[1]) is Name
            and node.args[1].id == name
        ):
            reads.append(node.args[1])
        pending.extend(child_nodes(node))
    for read in reads:
        ctx.guarded[id(read)] = (allowed, scope)


def _rebinds(node: ast.AST, name: str) -> bool:
    """``node`` binds, deletes or redirects ``name``."""
    if isinstance(node, Name):
        return node.id == name and type(node.ctx) is not Load
    if isinstance(node, Global | Nonlocal):
        return name in node.names
    if isinstance(node, ExceptHandler | FunctionDef | AsyncFunctionDef | ClassDef):
        return node.name == name
    if isinstance(node, ast.alias):
        return (node.asname or node.name.partition(".")[0]) == name
    if isinstance(node, MatchAs | MatchStar):
        return node.name == name
    if isinstance(node, MatchMapping):
        return node.rest == name
    return isinstance(node, ast.arg) and node.arg == name
