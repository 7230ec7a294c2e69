"""``x: int = field(...)`` in a dataclass body: where dataclasses takes the Field in, and where it would leave
it on the class, to be renamed (dataclasses pastes field names into the code it runs).

dataclasses leaves a Field on the class when its annotation is the KW_ONLY marker: the marker itself, or a
string that names it (``_is_type`` looks the string's last name up in the tool's module globals). Written
out, the word is seen; a name or expression may hold that string, or the marker, at run time. So in a tool
that names KW_ONLY anywhere, a field's annotation must be one that never evaluates to a string.
"""

from __future__ import annotations

import ast

from genesis_mcp.safety.class_annotations import annotated_statements
from genesis_mcp.safety.context import Context, Tag
from genesis_mcp.safety.nodes import Attribute, BinOp, BitOr, Constant, Name, Subscript, mentions
from genesis_mcp.safety.plain_classes import made_by_dataclass, names_its_class
from genesis_mcp.safety.scopes import Binding, Kind, Scope

__all__ = ["in_dataclass_body", "kw_only_use"]

_MODULE = (Kind.MODULE,)
_GENERIC_BUILTINS = frozenset({"list", "dict", "set", "frozenset", "tuple", "type"})
_IMPORTS = (Kind.IMPORTED, Kind.MODULE)
_NEVER_TEXT = (Kind.CLASS, *_IMPORTS)


def in_dataclass_body(ctx: Context, call: ast.Call | None) -> bool:
    """``x: int = field(...)`` in the body of a class dataclasses' decorator makes, with ``x`` read nowhere in
    that body (``keep = [x]`` would keep the Field)."""
    found = ctx.field_positions.get(id(call)) if call is not None else None
    if found is None or not made_by_dataclass(found[0]):
        return False
    body, name = found
    reads, annotated = _body_facts(ctx, body)
    if name in reads:
        return False
    # annotated once, and not KW_ONLY (a marker dataclasses skips, leaving the Field on the class as it is)
    annotations = annotated.get(name, [])
    if len(annotations) != 1 or mentions(annotations[0], "KW_ONLY"):
        return False
    if "KW_ONLY" in ctx.source and not _never_text(ctx, annotations[0], body):
        ctx.add("class-machinery", annotations[0], "in a tool that uses dataclasses.KW_ONLY, annotate a field(...) "
                "with a class, a builtin or an import written out: a name or expression could hold the text "
                "'KW_ONLY', and dataclasses would leave the Field on the class")  # fmt: skip
    return True


def _never_text(
    ctx: Context, node: ast.expr, body: Scope, kinds: tuple[Kind, ...] = _NEVER_TEXT, whole: bool = True
) -> bool:
    """The annotation evaluates to a class, a typing form or a string written out, never to a string held
    elsewhere or to the marker: a name bound only to classes (whose decorators return them), imports, modules
    or type aliases (or a builtin), a module's attribute, an import or builtin subscripted (not a class of the
    tool's, whose ``__class_getitem__`` could return anything), ``|`` of those, None, or a string constant (a
    forward reference)."""
    if type(node) is Name:
        resolution = ctx.resolve(body, node.id)
        if not resolution.bindings:
            return resolution.may_be_builtin
        if not all(b.kind in kinds or (whole and _alias(ctx, body, b)) for b in resolution.bindings):
            return False
        # a decorated class statement binds what its decorators return: "KW_ONLY" from attrgetter("text")
        return all(b.kind is not Kind.CLASS for b in resolution.bindings) or names_its_class(ctx, node.id)
    if type(node) is Attribute:
        root: ast.expr = node
        while type(root) is Attribute:
            root = root.value
        return (
            type(root) is Name
            and bool(ctx.resolve(body, root.id).bindings)
            and _never_text(ctx, root, body, _MODULE, False)
        )
    if type(node) is Subscript:
        return _never_text(ctx, node.value, body, _IMPORTS, False)
    if type(node) is BinOp and type(node.op) is BitOr:
        return _never_text(ctx, node.left, body) and _never_text(ctx, node.right, body)
    # a string names a global, which holds the marker only as KW_ONLY itself (aliases are refused): seen above
    return type(node) is Constant and (node.value is None or type(node.value) is str)


def _alias(ctx: Context, body: Scope, binding: Binding) -> bool:
    """``Tags = list[str]``, ``Pair = tuple[int, int]``, ``Maybe = Optional[int]``: a builtin container or a
    typing form subscripted, which makes a generic alias, never text (``T[0]`` of a tuple of strings would)."""
    name = binding.target
    if binding.kind is not Kind.ITEM:
        return False
    if any(use[0] == Tag.CHAIN and use[1] == name for use in ctx.uses):
        return False  # dict.get(table, key) and typing's Mapping.get(table, key) make an ITEM of it too: text
    source = ctx.resolve(body, name)
    if not source.bindings:
        return source.may_be_builtin and name in _GENERIC_BUILTINS
    return source.only(Kind.IMPORTED) and all(q.startswith(("typing.", "collections.abc.")) for q in source.imported())


def _body_facts(ctx: Context, body: Scope) -> tuple[set[str], dict[str, list[ast.expr]]]:
    """The names a class body reads and its annotations by name, gathered once per body (a dataclass of many
    fields asks for each), again if more uses were recorded since."""
    cached = ctx.field_bodies
    if cached is None or cached[0] != len(ctx.uses):
        cached = ctx.field_bodies = (len(ctx.uses), {})
    facts = cached[1].get(id(body))
    if facts is None:
        annotated: dict[str, list[ast.expr]] = {}
        for statement in annotated_statements(body.node):  # type: ignore[arg-type]
            if isinstance(statement.target, Name):
                annotated.setdefault(statement.target.id, []).append(statement.annotation)
        facts = cached[1][id(body)] = ({use[1] for use in ctx.uses if use[2] is body}, annotated)
    return facts


def kw_only_use(ctx: Context, node: ast.AST) -> None:
    ctx.add("module-mutation", node, "dataclasses.KW_ONLY may only be written as an annotation under its own "
            "name: dataclasses skips what it annotates, so a field() there stays a Field to be renamed")  # fmt: skip
