"""Which ``str.format`` templates are trusted: a template walks attributes (``"{0.__init__.__globals__}"``),
so only literals and the caller's own data may be one. Judged after the walk, when all bindings are known.

Trusted: a literal; a name bound only to literals; ``self.X``/``cls.X`` when X is a class constant nothing
assigns; an item of a table of literals that nothing changes or passes on; a parameter of a module-level
function the tool never calls, or calls only with such templates; an object of the tool's own class with a
``format`` method of its own.
"""

from __future__ import annotations

from genesis_mcp.safety.callers import filled_with_data
from genesis_mcp.safety.class_constants import class_constant, data_field, own_field, own_method, plain_named_class
from genesis_mcp.safety.context import Context, Use
from genesis_mcp.safety.names import is_dunder
from genesis_mcp.safety.scopes import Binding, Kind, source_scopes
from genesis_mcp.safety.template_sources import callers_pass_literals, read_only_table

__all__ = ["format_template"]


def format_template(ctx: Context, use: Use) -> None:
    """``template.format(...)``: refused unless the template is sure to be a literal or the caller's data."""
    assert isinstance(use.extra, tuple)
    how, method = use.extra[0], use.extra[1]

    def only_class(name: str) -> bool:  # Name(...) makes an object of that class, with its own format
        return plain_named_class(ctx, use.scope, name)

    def made_by_class(name: str) -> bool:  # obj = Name(...): Name means what it meant where obj was bound
        return all(plain_named_class(ctx, where, name) for where in source_scopes(use.scope, use.name))

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
            if own_method(ctx, binding.target, method):
                return made_by_class(binding.target)
            # opts = Options(format="csv"); opts.format: while Options is only ever that class
            return made_by_class(binding.target) and data_field(ctx, binding.target, method)
        if binding.kind is Kind.ITEM:
            return binding.target != use.name and item_of_table(binding.target)
        if binding.kind is Kind.PARAM:  # the caller's data, or a literal at every call in the tool
            return binding.target.startswith("entry:") and callers_pass_literals(ctx, binding.target, depth, callers)
        return binding.kind is Kind.CONST

    if how == "call" and own_method(ctx, use.name, method) and only_class(use.name):
        return
    if how == "class-constant" and class_constant(ctx, use.scope, use.extra[2], use.name, _literal):
        return
    if how == "name" and own_field(ctx, use.scope, use.name, method):  # self.format: a field of the class
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


def _literal(binding: Binding) -> bool:
    return binding.kind is Kind.CONST
