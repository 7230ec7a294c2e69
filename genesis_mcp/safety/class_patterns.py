"""Match patterns: the walk handlers for the patterns that bind names or name a class, and the rule for
``case C(a, b)``. A class pattern with positional sub-patterns reads, off its subject, the attributes the
class's ``__match_args__`` names. It is allowed only for classes whose names the checker saw written out
(a dataclass's or NamedTuple's fields, ``__match_args__ = ("x", "y")``) and for ``int(x)``-style builtins;
implicit_reads.py notes those names as reads off the subject, which may be a class.
"""

from __future__ import annotations

import ast
from typing import Final

from genesis_mcp.safety.attributes import attribute_name
from genesis_mcp.safety.bindings import OTHER
from genesis_mcp.safety.context import OPERAND, Context, Frame, Handler, Tag, Use
from genesis_mcp.safety.definitions import decorator_name
from genesis_mcp.safety.nodes import Attribute, Call, ClassDef, MatchAs, MatchClass, MatchMapping, MatchStar, Name
from genesis_mcp.safety.plain_classes import plain_decorators
from genesis_mcp.safety.scopes import Kind, Resolution, Scope

__all__ = ["PATTERNS", "match_class"]

_SELF_MATCHING: Final = frozenset(
    {"bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str"}
)


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
        assert isinstance(node, ClassDef)
        outer = scope.parent
        if outer is None or not plain_decorators(ctx, scope):  # a decorator may return another class
            return False
        if "__match_args__" in scope.bindings:
            continue
        dataclass = [d for d in node.decorator_list if decorator_name(d) == "dataclass"]
        generated = dataclass and not any(  # dataclass(match_args=False) keeps a base's
            isinstance(d, Call) and any(k.arg in ("match_args", None) for k in d.keywords) for d in dataclass
        )
        if generated or any(_typing_named_tuple(ctx, outer, b) for b in node.bases):
            continue
        bases = [b.id for b in node.bases if isinstance(b, Name)]
        if not any(_written_match_args(ctx, base, depth + 1) for base in bases):
            return False
    return True


def _typing_named_tuple(ctx: Context, scope: Scope, base: ast.expr) -> bool:
    if isinstance(base, Name):
        return ctx.resolve(scope, base.id).imported() == ["typing.NamedTuple"]
    if isinstance(base, Attribute) and isinstance(base.value, Name) and base.attr == "NamedTuple":
        return ctx.resolve(scope, base.value.id).modules() == ["typing"]
    return False


def _match_capture(
    ctx: Context, node: ast.MatchAs | ast.MatchStar | ast.MatchMapping, scope: Scope, flags: int, stack: list[Frame]
) -> None:
    name = node.rest if isinstance(node, MatchMapping) else node.name
    if name:
        ctx.bind(name, node, scope, OTHER)
    if isinstance(node, MatchMapping):
        stack.extend((item, scope, 0) for item in [*node.keys, *node.patterns])
    elif isinstance(node, MatchAs) and node.pattern is not None:
        stack.append((node.pattern, scope, 0))


def _match_class(ctx: Context, node: ast.MatchClass, scope: Scope, flags: int, stack: list[Frame]) -> None:
    for name in node.kwd_attrs:
        attribute_name(ctx, scope, name, node)
        ctx.attribute_loads.append((name, node, scope))  # case object(m=f): m read off a subject, a class maybe
    if node.patterns:  # positional: attributes named by the class's __match_args__, judged in finish
        if type(node.cls) is Name:
            ctx.uses.append((Tag.MATCH_CLASS, node.cls.id, scope, node.cls, len(node.patterns)))
        else:
            ctx.add("class-machinery", node.cls, MATCH_MESSAGE)
    stack.append((node.cls, scope, OPERAND))
    stack.extend((p, scope, 0) for p in node.patterns + node.kwd_patterns)


MATCH_MESSAGE: Final = (
    "a class pattern with positional sub-patterns reads the attributes the class's __match_args__ names: use "
    "it with a class of the tool whose names are written out (a dataclass, a NamedTuple, __match_args__ = "
    "('x', 'y')) or with int(x)/str(x)-style builtins; otherwise name them: case C(x=a)"
)


PATTERNS: Final[dict[type, Handler]] = {
    MatchAs: _match_capture,
    MatchStar: _match_capture,
    MatchMapping: _match_capture,
    MatchClass: _match_class,
}
