"""Which ``str.format`` templates are trusted: a template walks attributes (``"{0.__init__.__globals__}"``),
so only literals and the caller's own data may be one. Judged after the walk, when all bindings are known.

Trusted: a literal; a name bound only to literals; ``self.X``/``cls.X`` when X is a class constant nothing
assigns; an item of a table of literals that nothing changes or passes on; a parameter of a module-level
function the tool never calls, or calls only with such templates; an object of the tool's own class with a
``format`` method of its own.
"""

from __future__ import annotations

import ast

from genesis_mcp.safety.callers import filled_with_data
from genesis_mcp.safety.context import Context, Use
from genesis_mcp.safety.definitions import head_name
from genesis_mcp.safety.names import is_dunder
from genesis_mcp.safety.objects import class_parameter, own_object
from genesis_mcp.safety.plain_classes import plain_decorators
from genesis_mcp.safety.scopes import Binding, Kind, Scope, enclosing_method, library_name, source_scopes
from genesis_mcp.safety.statements import class_var_root
from genesis_mcp.safety.template_sources import callers_pass_literals, read_only_table

__all__ = ["format_template"]


def format_template(ctx: Context, use: Use) -> None:
    """``template.format(...)``: refused unless the template is sure to be a literal or the caller's data."""
    assert isinstance(use.extra, tuple)
    how, method = use.extra[0], use.extra[1]

    def only_class(name: str) -> bool:  # Name(...) makes an object of that class, with its own format
        return _plain_named_class(ctx, use.scope, name)

    def table(name: str) -> bool:
        return read_only_table(ctx, use.scope, name)

    def item_of_table(name: str) -> bool:  # the loop's table means what it meant where the loop is
        return all(read_only_table(ctx, where, name) for where in source_scopes(use.scope, use.name))

    depth = 0
    callers: list[str] = []  # functions only the caller calls whose parameter may be the template

    def fine(binding: Binding) -> bool:
        # A literal, the caller's data, an item of a table of literals, or an object of a tool class with
        # this method of its own.
        if binding.kind is Kind.INSTANCE:
            if method in ctx.class_methods.get(binding.target, ()):
                return only_class(binding.target)
            # opts = Options(format="csv"); opts.format: while Options is only ever that class
            return only_class(binding.target) and _data_field(ctx, binding.target, method)
        if binding.kind is Kind.ITEM:
            return binding.target != use.name and item_of_table(binding.target)
        if binding.kind is Kind.PARAM:  # the caller's data, or a literal at every call in the tool
            return binding.target.startswith("entry:") and callers_pass_literals(ctx, binding.target, depth, callers)
        return binding.kind is Kind.CONST

    if how == "call" and method in ctx.class_methods.get(use.name, ()) and only_class(use.name):
        return
    if how == "class-constant" and _class_constant(ctx, use):
        return
    if how == "name" and _own_field(ctx, use.scope, use.name, method):  # self.format: a field of the class
        return
    if how in ("name", "subscript") and not is_dunder(use.name):  # __doc__: a docstring, never scanned
        resolution = use.scope.resolve(use.name)
        if how == "name" and resolution.bindings and all(fine(b) for b in resolution.bindings):
            if not callers or filled_with_data(ctx, use, callers):
                return
            ctx.add(
                "computed-format-string",
                use.node,
                f"str.{method} on a template from the caller can read any attribute of what it is given: fill it "
                "only with the caller's own data, literals, or str()/len()/methods of them, or use string.Template",
            )
            return
        if how == "subscript" and table(use.name):
            return
    ctx.add(
        "computed-format-string",
        use.node,
        f"str.{method} on a template built at run time can read any attribute; use a string literal, "
        "an f-string, or string.Template",
    )


def _class_constant(ctx: Context, use: Use) -> bool:
    """``self.TEMPLATE.format`` in a method: a class constant every class binds only to literals, nothing
    assigns, read on the method's own object."""
    assert isinstance(use.extra, tuple)
    stored = ctx.stored_attributes  # "*": something copied a whole __dict__ (update_wrapper's default)
    holder = use.extra[2]
    if use.name in stored or "*" in stored:
        return False
    if not (own_object(ctx, use.scope, holder) or (holder == "cls" and class_parameter(use.scope))):
        return False
    binders = [s for s in ctx.class_scopes if use.name in s.bindings]
    if not binders or not all(s.resolve(use.name).only(Kind.CONST) for s in binders):
        return False
    # A decorator (dataclass), a library base (SimpleNamespace, UserString, NamedTuple) or __new__ anywhere
    # could set the attribute on an instance from constructor arguments, shadowing the constant.
    return all(_plain_class(ctx, s, use.name) for s in ctx.class_scopes)


def _data_field(ctx: Context, owner: str, field: str) -> bool:
    """``field`` of an object of the tool's class ``owner`` is data, not ``str.format``: the class annotates it
    (a dataclass field such as ``format: str = "json"``), and every class of the tool is plain (no ``str`` base
    anywhere, whose own ``format`` an unset field would fall back to). Whatever was stored there was judged
    where it was made: any ``.format`` read of a run-time template is refused where it is written."""
    named = [s.node for s in ctx.class_scopes if isinstance(s.node, ast.ClassDef) and s.node.name == owner]
    return len(named) == 1 and _annotates(named[0], field) and all(_plain_class(ctx, s) for s in ctx.class_scopes)


def _own_field(ctx: Context, scope: Scope | None, receiver: str, field: str) -> bool:
    """``self.format`` in a method of a class that annotates a ``format`` field: see ``_data_field``."""
    found = enclosing_method(scope)
    body = found[1].parent if found is not None else None
    owner = body.node if body is not None else None
    return (
        isinstance(owner, ast.ClassDef)
        and _annotates(owner, field)
        and own_object(ctx, scope, receiver)
        and all(_plain_class(ctx, s) for s in ctx.class_scopes)
    )


def _annotates(node: ast.ClassDef, field: str) -> bool:
    return any(
        isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name) and s.target.id == field for s in node.body
    )


# Decorators and bases that set no instance attribute from constructor arguments (a dataclass does, but only
# for annotated fields: a plain class attribute stays a class constant).
_PLAIN_BASES = frozenset({"ABC", "Generic", "Protocol", "object", "Exception", "ValueError", "TypeError", "KeyError"})


def _plain_class(ctx: Context, scope: Scope, field: str | None = None) -> bool:
    """A class statement of the tool that makes its instances plainly: no decorators but dataclass (with
    ``field`` not among its fields), no keywords or __new__, bases only its own classes or inert ones."""
    node = scope.node
    if not isinstance(node, ast.ClassDef) or node.keywords or "__new__" in scope.bindings:
        return False
    if not plain_decorators(ctx, scope):
        return False
    annotated = {
        s.target.id
        for s in node.body
        if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name) and not _class_var(ctx, scope, s.annotation)
    }
    if field in annotated:
        return False
    outer = scope.parent
    for base in node.bases:
        if outer is not None and _inert_base(ctx, outer, base):
            continue
        if not (isinstance(base, ast.Name) and outer is not None and outer.resolve(base.id).only(Kind.CLASS)):
            return False
    return True


def _inert_base(ctx: Context, outer: Scope, base: ast.expr) -> bool:
    """object or an exception (builtins), ABC, Generic[T], Protocol (from abc or typing), as they are (a
    namespace's attribute called Exception may be str)."""
    head = base.value if isinstance(base, ast.Subscript) else base
    label = head_name(head)
    if label not in _PLAIN_BASES:
        return False
    if isinstance(head, ast.Name) and not ctx.resolve(outer, head.id).bindings:
        return True  # the builtin object, Exception...
    return library_name(head, outer) in (f"abc.{label}", f"typing.{label}")


def _class_var(ctx: Context, scope: Scope, annotation: ast.AST) -> bool:
    """``x: ClassVar[...]`` with typing's ClassVar: a class attribute the constructor does not set."""
    root = class_var_root(annotation)
    if root is None:
        return False
    resolution = ctx.resolve(scope, root.id)
    return len(resolution.bindings) == 1 and (
        resolution.modules() == ["typing"] or resolution.imported() == ["typing.ClassVar"]
    )


def _plain_named_class(ctx: Context, scope: Scope, name: str) -> bool:
    if not scope.resolve(name).only(Kind.CLASS):
        return False
    named = [s for s in ctx.class_scopes if isinstance(s.node, ast.ClassDef) and s.node.name == name]
    return all(_plain_class(ctx, s) for s in named)

