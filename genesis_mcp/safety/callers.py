"""What a template that may come from the caller is filled with (for templates.py).

A template is trusted when it is a literal, an item of a table of literals nothing changes, or a parameter
of a module-level function (``template_sources.py``). The caller may call any module-level function, so
such a parameter may be the caller's template: allowed (``def render(template, values): return
template.format(**values)``), but it can walk any attribute of the values it is given
(``"{r.__init__.__globals__[sys]}"`` on an object of the tool's own class reaches the interpreter). So a
template that may come from the caller may only be filled with data: literals, the caller's own arguments
(JSON values, whose attributes lead nowhere), and what operators, displays, the data's own methods and a
few builtins make of them.
"""

from __future__ import annotations

import ast

from genesis_mcp.safety.caller_data import plain_data
from genesis_mcp.safety.context import Context, Use
from genesis_mcp.safety.nodes import (
    Add,
    Attribute,
    BinOp,
    Call,
    ClassDef,
    Constant,
    Expr,
    FunctionDef,
    JoinedStr,
    Lambda,
    Name,
    Return,
    descendants,
)
from genesis_mcp.safety.pollution import polluted
from genesis_mcp.safety.scopes import Kind, Scope

__all__ = ["filled_with_data"]


def filled_with_data(ctx: Context, use: Use, callers: list[str]) -> bool:
    """A template that may come from the caller is given only data, in a direct call: positional and
    keyword values are data; for ``format_map(m)`` and ``format(**m)`` only m's items are reachable.
    Data that comes from parameters counts only while the tool puts nothing but data into containers
    it may share with them."""
    assert isinstance(use.extra, tuple)
    call, method = use.extra[2], use.extra[1]
    if not isinstance(call, Call):  # template.format as a value: no telling what it will be given
        return False
    scope = use.scope
    given = [*call.args, *(k.value for k in call.keywords)]
    if any(ctx.fold(g) is None for g in given) and polluted(ctx):
        return False
    for position, argument in enumerate(call.args):
        mapping = method == "format_map" and position == 0
        if not (_plain_mapping if mapping else plain_data)(ctx, argument, scope, callers, 0):
            return False
    for keyword in call.keywords:
        if not (plain_data if keyword.arg else _plain_mapping)(ctx, keyword.value, scope, callers, 0):
            return False
    return True


def _plain_mapping(ctx: Context, node: ast.AST, scope: Scope, callers: list[str], depth: int) -> bool:
    """A mapping whose items are data: data itself, ``defaultdict(lambda: data, data)``, or a dict subclass
    of the tool's whose only method is a ``__missing__`` that makes text of the key (the format_map recipe)."""
    if plain_data(ctx, node, scope, callers, depth):
        return True
    if (
        not isinstance(node, Call)
        or node.keywords
        or not all(plain_data(ctx, a, scope, callers, depth + 1) for a in node.args[1:])
    ):
        return False
    func, first = node.func, node.args[0] if node.args else None
    label = func.attr if isinstance(func, Attribute) else func.id if isinstance(func, Name) else None
    if label == "defaultdict" and isinstance(first, Lambda) and not _has_parameters(first.args):
        return plain_data(ctx, first.body, scope, callers, depth + 1)  # no parameter: names are the outer ones
    if isinstance(func, Name) and ctx.resolve(scope, func.id).only(Kind.CLASS):
        return (first is None or plain_data(ctx, first, scope, callers, depth + 1)) and _missing_recipe(ctx, func.id)
    return False


def _has_parameters(args: ast.arguments) -> bool:
    return bool(args.posonlyargs or args.args or args.vararg or args.kwonlyargs or args.kwarg)


def _missing_recipe(ctx: Context, name: str) -> bool:
    """``class Default(dict): def __missing__(self, key): return "{" + key + "}"``, and nothing else."""
    classes = ctx.classes_named(name)
    if len(classes) != 1 or classes[0].parent is None:
        return False
    node = classes[0].node
    assert isinstance(node, ClassDef)
    bases = [b.id for b in node.bases if isinstance(b, Name)]
    if bases != ["dict"] or len(node.bases) != 1 or node.keywords or node.decorator_list:
        return False
    if ctx.resolve(classes[0].parent, "dict").bindings:  # the tool's own "dict"
        return False
    body = [s for s in node.body if not (isinstance(s, Expr) and isinstance(s.value, Constant))]
    if len(body) != 1 or not isinstance(body[0], FunctionDef) or body[0].name != "__missing__":
        return False
    method = body[0]
    if method.decorator_list or len(method.args.args) != 2 or _has_extra_parameters(method.args):
        return False
    key = method.args.args[1].arg
    returns = [n.value for n in descendants(method) if isinstance(n, Return)]
    return bool(returns) and all(r is not None and _text_of(r, key) for r in returns)


def _has_extra_parameters(args: ast.arguments) -> bool:
    return bool(args.posonlyargs or args.vararg or args.kwonlyargs or args.kwarg or args.defaults)


def _text_of(node: ast.AST, key: str) -> bool:
    """Text made of the key and literals: the key, "{" + key + "}", f"<{key}>"."""
    if isinstance(node, Constant):
        return isinstance(node.value, str | int | float)
    if isinstance(node, Name):
        return node.id == key
    if isinstance(node, BinOp) and isinstance(node.op, Add):
        return _text_of(node.left, key) and _text_of(node.right, key)
    return isinstance(node, JoinedStr)  # an f-string is a str
