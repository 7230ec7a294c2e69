"""``template.format(...)`` and ``format_map``: where each kind of template is judged.

A literal template's fields are checked where it is written; anything else becomes a FORMAT use that
``templates.py`` judges once the whole tool's bindings are known.
"""

from __future__ import annotations

import ast

from genesis_mcp.safety.context import Context, Tag
from genesis_mcp.safety.names import is_dunder
from genesis_mcp.safety.nodes import Attribute, Call, Constant, Name, Starred, Subscript
from genesis_mcp.safety.scopes import Scope
from genesis_mcp.safety.strings import scan_string
from genesis_mcp.safety.template_pieces import template_pieces

__all__ = ["format_receiver", "trust_pieces"]


def _is_self_or_cls(node: ast.AST) -> bool:
    return isinstance(node, Name) and node.id in ("self", "cls")


def format_receiver(
    ctx: Context, scope: Scope, receiver: ast.AST | None, call: ast.Call | None, node: ast.AST, method: str
) -> None:
    """``template.format(...)`` is safe when the template is a literal (its fields are checked where it is
    written) or caller data; a template built at run time could walk any attribute."""
    text = ctx.fold(receiver) if receiver is not None else None
    if text is not None:
        found = None if isinstance(receiver, Constant) else scan_string(text)  # constants scan themselves
        if found is not None:
            ctx.add(found[0], receiver, found[1])
        return
    if isinstance(receiver, Name):
        if receiver.id != "str":
            ctx.uses.append((Tag.FORMAT, receiver.id, scope, node, ("name", method, call)))
            return
        if call is not None and call.args and not isinstance(call.args[0], Starred):
            format_receiver(ctx, scope, call.args[0], None, node, method)
            return
    elif isinstance(receiver, Subscript) and isinstance(receiver.value, Name):
        ctx.uses.append((Tag.FORMAT, receiver.value.id, scope, node, ("subscript", method)))
        return
    elif (  # TABLE.get(key, "{}"): an item of the table, or the literal default
        isinstance(receiver, Call)
        and isinstance(receiver.func, Attribute)
        and receiver.func.attr == "get"
        and isinstance(receiver.func.value, Name)
        and 1 <= len(receiver.args) <= 2
        and not receiver.keywords
        and all(ctx.fold(a) is not None for a in receiver.args[1:])
    ):
        ctx.uses.append((Tag.FORMAT, receiver.func.value.id, scope, node, ("subscript", method)))
        return
    elif isinstance(receiver, Call) and isinstance(receiver.func, Name):
        ctx.uses.append((Tag.FORMAT, receiver.func.id, scope, node, ("call", method)))
        return
    elif isinstance(receiver, Attribute) and _is_self_or_cls(receiver.value) and not is_dunder(receiver.attr):
        # A template the class keeps: trusted only if it is a class constant nothing ever assigns (finish.py).
        holder = receiver.value.id  # type: ignore[attr-defined]
        ctx.uses.append((Tag.FORMAT, receiver.attr, scope, node, ("class-constant", method, holder)))
        return
    if receiver is not None and trust_pieces(ctx, receiver, scope):  # "{:<8}" + "{:>8}" * len(cols)
        return
    ctx.uses.append((Tag.FORMAT, "", scope, node, ("computed", method)))


def trust_pieces(ctx: Context, node: ast.AST, scope: Scope) -> bool:
    """A template made of literal pieces (template_pieces.py), with the len(...) it relies on trusted."""
    calls = template_pieces(node)
    if calls is None:
        return False
    for call in calls:
        ctx.trust("len", scope, call)  # len rebound: refused (trusted_builtins)
    return True
