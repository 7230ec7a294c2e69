"""Which ``str.format`` templates are trusted: a template walks attributes (``"{0.__init__.__globals__}"``),
so only literals and the caller's own data may be one. Judged after the walk, when all bindings are known.

Trusted: a literal; a name bound only to literals; ``self.X``/``cls.X`` when X is a class constant nothing
assigns; an item of a table of literals that nothing changes or passes on; a parameter of a module-level
function the tool never calls, or calls only with such templates; an object of the tool's own class with a
``format`` method of its own.
"""

from __future__ import annotations

import ast

from genesis_mcp.safety.context import Context, Tag, Use
from genesis_mcp.safety.scopes import Binding, Kind, Scope

__all__ = ["format_template"]

_CALLEE = Tag.CALLEE


def format_template(ctx: Context, use: Use) -> None:
    """``template.format(...)``: refused unless the template is sure to be a literal or the caller's data."""
    assert isinstance(use.extra, tuple)
    how, method = use.extra

    def only_class(name: str) -> bool:
        return use.scope.resolve(name).only(Kind.CLASS)

    def table(name: str) -> bool:  # a list or dict of literal templates that nothing changes
        return name not in ctx.escaped and use.scope.resolve(name).only(Kind.CONST_COLLECTION)

    depth = 0

    def fine(binding: Binding) -> bool:
        # A literal, the caller's data, an item of a table of literals, or an object of a tool class with
        # this method of its own.
        if binding.kind is Kind.INSTANCE:
            return method in ctx.class_methods.get(binding.target, ()) and only_class(binding.target)
        if binding.kind is Kind.ITEM:
            return binding.target != use.name and table(binding.target)
        if binding.kind is Kind.PARAM:  # the caller's data, or a literal at every call in the tool
            return binding.target.startswith("entry:") and _callers_pass_literals(ctx, binding.target, depth)
        return binding.kind is Kind.CONST

    if how == "call" and method in ctx.class_methods.get(use.name, ()) and only_class(use.name):
        return
    # self.TEMPLATE / cls.TEMPLATE: a class constant that nothing assigns after the class body.
    if (
        how == "class-constant"
        and use.name not in ctx.stored_attributes
        and any(s.bindings.get(use.name) and s.resolve(use.name).only(Kind.CONST) for s in ctx.class_scopes)
    ):
        return
    if how in ("name", "subscript"):
        resolution = use.scope.resolve(use.name)
        if how == "name" and resolution.bindings and all(fine(b) for b in resolution.bindings):
            return
        if how == "subscript" and table(use.name):
            return
    ctx.add(
        "computed-format-string",
        use.node,
        f"str.{method} on a template built at run time can read any attribute; use a string literal, "
        "an f-string, or string.Template",
    )


def _callers_pass_literals(ctx: Context, target: str, depth: int) -> bool:
    """A module-level function's parameter holds a literal template: every use of the function is a call
    that passes one there (a literal, a name bound only to one, or an item of a table of them); a function
    the tool never calls takes only the caller's data."""
    _, function, index, parameter = target.split(":", 3)
    position = int(index)
    for tag, name, scope, _node, extra in ctx.uses:
        if name != function:
            continue
        if tag is not _CALLEE or not isinstance(extra, ast.Call) or depth > 2:
            return False  # passed around, decorated, or too deep to follow
        args = extra.args
        if any(isinstance(a, ast.Starred) for a in args) or any(k.arg is None for k in extra.keywords):
            return False
        given = args[position] if 0 <= position < len(args) else None
        given = given or next((k.value for k in extra.keywords if k.arg == parameter and parameter), None)
        if given is not None and not _literal_template(ctx, given, scope, depth + 1):
            return False
    return True


def _literal_template(ctx: Context, node: ast.AST, scope: Scope, depth: int) -> bool:
    if ctx.fold(node) is not None:
        return True
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
        name = node.value.id
        return name not in ctx.escaped and scope.resolve(name).only(Kind.CONST_COLLECTION)
    if not isinstance(node, ast.Name):
        return False
    bindings = scope.resolve(node.id).bindings
    for binding in bindings:
        if binding.kind is Kind.CONST:
            continue
        if binding.kind is Kind.ITEM:
            table = binding.target
            if table in ctx.escaped or not scope.resolve(table).only(Kind.CONST_COLLECTION):
                return False
            continue
        if binding.kind is Kind.PARAM and binding.target.startswith("entry:"):
            if not _callers_pass_literals(ctx, binding.target, depth):
                return False
            continue
        return False
    return bool(bindings)
