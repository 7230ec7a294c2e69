"""``case C(a, b)``: a class pattern with positional sub-patterns reads, off its subject, the attributes the
class's ``__match_args__`` names. It is allowed only for classes whose names the checker saw written out
(a dataclass's or NamedTuple's fields, ``__match_args__ = ("x", "y")``) and for ``int(x)``-style builtins;
implicit_reads.py notes those names as reads off the subject, which may be a class.
"""

from __future__ import annotations

import ast

from genesis_mcp.safety.context import Context, Use
from genesis_mcp.safety.definitions import decorator_name
from genesis_mcp.safety.plain_classes import plain_decorators
from genesis_mcp.safety.scopes import Kind, Resolution, Scope
from genesis_mcp.safety.statements import MATCH_MESSAGE

__all__ = ["match_class"]

_SELF_MATCHING = frozenset({"bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str"})


def match_class(ctx: Context, use: Use, resolution: Resolution) -> None:
    """``case C(a, b)``: C's __match_args__ must be names the checker saw (see MATCH_MESSAGE)."""
    if not resolution.bindings and resolution.may_be_builtin and use.name in _SELF_MATCHING | {"tuple"}:
        if use.extra == 1:
            return
    elif resolution.only(Kind.CLASS) and _written_match_args(ctx, use.name, 0):
        return
    ctx.add("class-machinery", use.node, MATCH_MESSAGE)


def _written_match_args(ctx: Context, name: str, depth: int) -> bool:
    """Every class statement of that name gets its __match_args__ from what the checker judged: its own
    ``__match_args__ = (...)``, dataclass or NamedTuple fields, or a base class of the tool that does."""
    classes = ctx.classes_named(name)
    if not classes or depth > 4:
        return False
    for scope in classes:
        node = scope.node
        assert isinstance(node, ast.ClassDef)
        outer = scope.parent
        if outer is None or not plain_decorators(ctx, scope):  # a decorator may return another class
            return False
        if "__match_args__" in scope.bindings:
            continue
        dataclass = [d for d in node.decorator_list if decorator_name(d) == "dataclass"]
        generated = dataclass and not any(  # dataclass(match_args=False) keeps a base's
            isinstance(d, ast.Call) and any(k.arg in ("match_args", None) for k in d.keywords) for d in dataclass
        )
        if generated or any(_typing_named_tuple(ctx, outer, b) for b in node.bases):
            continue
        bases = [b.id for b in node.bases if isinstance(b, ast.Name)]
        if not any(_written_match_args(ctx, base, depth + 1) for base in bases):
            return False
    return True


def _typing_named_tuple(ctx: Context, scope: Scope, base: ast.expr) -> bool:
    if isinstance(base, ast.Name):
        return ctx.resolve(scope, base.id).imported() == ["typing.NamedTuple"]
    if isinstance(base, ast.Attribute) and isinstance(base.value, ast.Name) and base.attr == "NamedTuple":
        return ctx.resolve(scope, base.value.id).modules() == ["typing"]
    return False
