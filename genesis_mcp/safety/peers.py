"""What ``type(x)`` may meet, judged once every binding is known (for class_rules.py): in a comparison, a class
of the tool (undecorated), of the standard library (looked up in this interpreter) or a module; in a lookup,
a plain dict or display (a defaultdict only with .get, or a self attribute that every store makes a dict).
Anything else receives the class in its own __eq__/__getitem__, a metaclass for a class.
"""

from __future__ import annotations

import ast

from genesis_mcp.safety.class_constants import lineage_plain
from genesis_mcp.safety.context import Context, Use
from genesis_mcp.safety.equality import open_equality
from genesis_mcp.safety.nodes import AnnAssign, Attribute, Call, Dict, DictComp, Name
from genesis_mcp.safety.objects import own_object
from genesis_mcp.safety.plain_classes import decorated_only_plainly
from genesis_mcp.safety.scopes import (
    Binding,
    Kind,
    Resolution,
    Scope,
    defining_scope,
    enclosing_method,
    library_name,
    source_scopes,
)
from genesis_mcp.safety.stdlib import is_class

__all__ = ["type_peer"]


def type_peer(ctx: Context, use: Use, resolution: Resolution, depth: int = 0) -> None:
    """type(x) == peer / type(x) in peer / peer[type(x)] / peer.get(type(x)): the peer's own methods get the
    class, so it must be a class (the tool's, undecorated, or a library's), a module, a display of those,
    or (for lookups) a plain dict."""
    assert isinstance(use.extra, str)
    how, _, path = use.extra.partition("-")
    lookup = how != "compare"
    if path:
        if lookup:  # only self.table of the method's own object, when every store of it is a dict
            fine_path = use.name == "self" and _dict_attribute(ctx, use, how == "get")
        else:  # mod.Class: a class of a standard-library module
            fine_path = resolution.only(Kind.MODULE) and is_class(_dotted(use.node))
        if not fine_path:
            _type_peer_finding(ctx, use)
        elif lookup:
            _closed_keys(ctx, use)
        return
    for binding in resolution.bindings:
        if not (_lookup_peer(ctx, use, binding, how) if lookup else _compare_peer(ctx, use, binding)):
            break
        if (lookup or binding.kind is Kind.NAMES) and not _closed_keys(ctx, use):
            return
        if binding.kind is Kind.NAMES and depth < 3 and not lookup:
            where = defining_scope(use.scope, use.name)  # the names mean what they meant where the tuple was made
            for name in binding.target.split(","):
                inner = Use(use.tag, name, where, use.node, "compare")
                before = len(ctx.findings)
                type_peer(ctx, inner, ctx.resolve(where, name), depth + 1)
                if len(ctx.findings) != before:
                    return
    else:
        return
    _type_peer_finding(ctx, use)


def _closed_keys(ctx: Context, use: Use) -> bool:
    """A lookup or ``in`` test of type(x) in a container hands type(x) to its keys' __eq__ when their hashes
    match (the tool chooses its objects' hashes): fine only while every __eq__ of the tool keeps to itself."""
    method = open_equality(ctx)
    if method is None:
        return True
    ctx.add("class-machinery", use.node, f"type(x) is looked up in {use.name!r}, whose keys may be objects of "
            f"this tool, and the __eq__ at line {getattr(method, 'lineno', 0)} does more with what it is compared "
            "with than compare it, read its public attributes or pass it to isinstance()/type()/str(); it would "
            "get type(x) here; look up type(x).__name__ instead, or keep __eq__ to comparisons")  # fmt: skip
    return False


def _type_peer_finding(ctx: Context, use: Use) -> None:
    ctx.add("class-machinery", use.node, f"type(x) is handed to {use.name!r} here, which is not a class or a "
            "plain dict; compare type(x) only with classes (type(x) is int, type(x) in (int, float))")  # fmt: skip


def _compare_peer(ctx: Context, use: Use, binding: Binding) -> bool:
    if binding.kind is Kind.CLASS:
        return decorated_only_plainly(ctx, use.scope, use.name)  # a class decorator may return an object
    if binding.kind is Kind.IMPORTED:
        return is_class(binding.target)  # keyword.kwlist is a list the tool can put an object in
    return binding.kind is Kind.MODULE or binding.kind is Kind.NAMES


def _lookup_peer(ctx: Context, use: Use, binding: Binding, how: str) -> bool:
    """A plain dict or display: a lookup that hands the key to no code of the tool's (a defaultdict stores a
    missing key, so only .get may look it up there; a ChainMap passes it on)."""
    if binding.kind in (Kind.CONST_COLLECTION, Kind.TABLE, Kind.NAMES):
        return True
    if binding.kind is Kind.OTHER:
        return binding.target == "empty" or binding.target.startswith("display")
    sources = source_scopes(use.scope, use.name)  # table = dict(): dict means what it meant there
    if binding.kind is Kind.COPY:
        return binding.target.startswith("dict:") and not any(ctx.resolve(s, "dict").bindings for s in sources)
    if binding.kind is Kind.INSTANCE:
        return all(_made_by_dict_maker(ctx, s, binding.target, how) for s in sources)
    return False


def _made_by_dict_maker(ctx: Context, scope: Scope, maker_name: str, how: str) -> bool:
    maker = ctx.resolve(scope, maker_name)
    if maker_name == "dict":
        return not maker.bindings
    return len(maker.bindings) == 1 and any(_dict_maker(q, how == "get") for q in maker.imported())


def _dict_maker(qualname: str, get: bool) -> bool:
    return qualname in ("collections.OrderedDict", "collections.Counter") or (
        get and qualname == "collections.defaultdict"
    )


def _dotted(node: ast.AST) -> str:
    parts = []
    while isinstance(node, Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, Name):
        parts.append(node.id)
    return ".".join(reversed(parts))


def _dict_attribute(ctx: Context, use: Use, get: bool) -> bool:
    """``self.handlers.get(type(x))``: self is the method's own object and every store of ``handlers`` in the
    tool is ``self.handlers = {}``-like (a dict display, dict(), defaultdict(), OrderedDict(), Counter()):
    a plain dict, whose lookup hands the key to no code of the tool's."""
    node = use.node
    if not (isinstance(node, Attribute) and isinstance(node.value, Name)):
        return False
    if not own_object(ctx, use.scope, "self"):
        return False
    method = enclosing_method(use.scope)
    owner = method[1].parent if method is not None else None
    if owner is None or not lineage_plain(ctx, owner):  # string.Template's own __init__ sets self.template
        return False  # from its argument: only the tool's own code may store there
    stores = ctx.stored_attributes.get(node.attr)
    if not stores or "*" in ctx.stored_attributes:
        return False
    for store in stores:
        found = ctx.self_values.get(store)
        if found is None or not _makes_dict(ctx, *found, get):
            return False
    for scope in ctx.class_scopes:  # a dataclass field is set from the constructor's arguments
        if node.attr in scope.bindings or any(
            isinstance(s, AnnAssign) and isinstance(s.target, Name) and s.target.id == node.attr
            for s in getattr(scope.node, "body", [])
        ):
            return False
    return True


def _makes_dict(ctx: Context, value: ast.expr, scope: Scope, get: bool) -> bool:
    if isinstance(value, Dict | DictComp):
        return True
    if not isinstance(value, Call):
        return False
    func = value.func
    if isinstance(func, Name) and func.id == "dict":
        return not ctx.resolve(scope, "dict").bindings
    made_by = library_name(func, scope)
    return made_by is not None and _dict_maker(made_by, get)
