"""The rules that need every binding: run once after the walk, over the recorded name uses."""

from __future__ import annotations

import ast

from genesis_mcp.safety.attributes import attribute_callable
from genesis_mcp.safety.context import Chain, Context, RawUse, Tag, Use
from genesis_mcp.safety.definitions import dispatch_annotations
from genesis_mcp.safety.messages import builtin_message, module_attribute_message
from genesis_mcp.safety.names import (
    ATTRIBUTE_BUILTINS,
    ATTRIBUTE_CALLABLES,
    DANGEROUS_PRIVATE_NAMES,
    METACLASS_NAMES,
    PUBLIC_PRIVATE_NAMES,
)
from genesis_mcp.safety.scopes import Binding, Kind, Resolution, Scope

__all__ = ["finish"]

_DECORATOR_BUILTINS = frozenset({"property", "staticmethod", "classmethod"})
_SPECIAL_TAGS = frozenset(Tag) - {Tag.VALUE, Tag.CALLEE, Tag.CHAIN, Tag.OPERAND}  # judged whatever the name
# Enum members as globals: a member lookup on the class costs more than a global one.
_VALUE, _CALLEE, _CHAIN, _FORMAT, _DECORATOR = Tag.VALUE, Tag.CALLEE, Tag.CHAIN, Tag.FORMAT, Tag.DECORATOR
_TYPE_TAGS = frozenset({Tag.TYPE_ARG, Tag.TYPE_NAME})
_REGISTER = Tag.REGISTER


def finish(ctx: Context) -> None:
    # Most names are the tool's own variables: only builtins, metaclasses and imported names need a look.
    watched, imported = ctx.policy.watched_names, ctx.import_names
    uses = ctx.uses
    done = 0
    while done < len(uses):  # judging ``x.register(f)`` may record more uses: they are judged in turn
        batch = uses[done:]
        done = len(uses)
        for raw in batch:
            if raw[1] in watched or raw[1] in imported or raw[0] in _SPECIAL_TAGS:
                _judge(ctx, raw)
    if not ctx.private_reads:
        return
    for name, node in ctx.private_reads:
        if id(node) in ctx.flagged:
            continue
        if name in DANGEROUS_PRIVATE_NAMES or (name not in ctx.defined_attributes and name not in PUBLIC_PRIVATE_NAMES):
            ctx.add(
                "private-attribute",
                node,
                f"attribute {name!r} is private to another object (the tool never assigns or defines it); "
                "use the public API",
            )


def _judge(ctx: Context, raw: RawUse) -> None:
    tag, name, scope, node, extra = raw
    if tag is _FORMAT:
        _format(ctx, Use(*raw))
        return
    resolution = ctx.resolve(scope, name)
    if resolution.may_be_builtin and name in ctx.policy.forbidden_builtins:
        ctx.add("forbidden-builtin", node, builtin_message(name))
        return
    if tag is _DECORATOR:
        _decorator(ctx, Use(*raw), resolution)
        return
    if tag in _TYPE_TAGS:
        _type_use(ctx, Use(*raw), resolution)
        return
    if tag is _REGISTER:
        _register(ctx, Use(*raw), resolution)
        return
    if name in METACLASS_NAMES and (tag is _VALUE or tag is _CHAIN):
        builtin_type = name == "type" and resolution.may_be_builtin and not resolution.bindings
        if builtin_type or any(q.endswith("." + name) for q in resolution.imported()):
            ctx.add(
                "class-machinery",
                node,
                f"{name!r} used as a value or through its attributes can create classes at run time; "
                "call type(x) directly, or compare with isinstance",
            )
            return
    modules = resolution.modules()
    if tag is _CHAIN:
        chain = extra if isinstance(extra, Chain) else Chain(None, *extra)  # type: ignore[misc]
        for module in sorted(set(modules)) if len(modules) > 1 else modules:
            _module_chain(ctx, scope, module, chain)
    elif modules:
        ctx.add(
            "module-as-value",
            node,
            f"the module {name!r} is used as a value; call its functions directly, e.g. {name}.<name>(...)",
        )
    for qualname in resolution.imported():
        if qualname in ATTRIBUTE_CALLABLES:
            if tag is _CALLEE and isinstance(extra, ast.Call):
                attribute_callable(ctx, scope, qualname, extra)
            elif tag is not _CHAIN:
                _as_value(ctx, node, qualname)
    unbound = resolution.may_be_builtin and not resolution.bindings
    if unbound and tag is _VALUE and name in ATTRIBUTE_BUILTINS:
        _as_value(ctx, node, name)


def _as_value(ctx: Context, node: ast.AST, name: str) -> None:
    ctx.add(
        "computed-attribute-name",
        node,
        f"{name!r} may only be called directly with a constant attribute name, not passed around or stored",
    )


def _format(ctx: Context, use: Use) -> None:
    assert isinstance(use.extra, tuple)
    how, method = use.extra

    def fine(binding: Binding) -> bool:
        # A literal, caller data, an item of a table of literals, or an object of a tool class with this method.
        if binding.kind is Kind.INSTANCE:
            return method in ctx.class_methods.get(binding.target, ())
        if binding.kind is Kind.ITEM:
            return binding.target != use.name and use.scope.resolve(binding.target).only(Kind.CONST_COLLECTION)
        return binding.kind is Kind.CONST or (binding.kind is Kind.PARAM and binding.target == "plain")

    if how == "call" and method in ctx.class_methods.get(use.name, ()):
        return
    if how in ("name", "subscript"):
        resolution = use.scope.resolve(use.name)
        if how == "name" and resolution.bindings and all(fine(b) for b in resolution.bindings):
            return
        if how == "subscript" and resolution.only(Kind.CONST_COLLECTION):
            return
    ctx.add(
        "computed-format-string",
        use.node,
        f"str.{method} on a template built at run time can read any attribute; use a string literal, "
        "an f-string, or string.Template",
    )


def _type_use(ctx: Context, use: Use, resolution: Resolution) -> None:
    kinds = {b.kind for b in resolution.bindings}
    if use.tag is Tag.TYPE_ARG:
        if kinds & {Kind.CLASS, Kind.IMPORTED, Kind.MODULE}:
            ctx.add("class-machinery", use.node, "type() of a class is its metaclass; not allowed")
    elif not (kinds <= {Kind.CLASS, Kind.IMPORTED, Kind.MODULE} and (kinds or resolution.may_be_builtin)):
        ctx.add(
            "string-annotation",
            use.node,
            f"{use.name!r} in the annotation of a function registered with .register is evaluated by typing "
            "tools; annotate with classes (int, list[str], a class of the tool), not variables",
        )


def _register(ctx: Context, use: Use, resolution: Resolution) -> None:
    kinds = {b.kind for b in resolution.bindings}
    if Kind.DEF in kinds:
        for function, scope in ctx.functions.get(use.name, []):
            dispatch_annotations(ctx, function, scope)  # queues TYPE_NAME uses, judged later in this loop
    if not kinds <= {Kind.CLASS, Kind.IMPORTED, Kind.MODULE, Kind.DEF} or (not kinds and not resolution.may_be_builtin):
        ctx.add(
            "string-annotation",
            use.node,
            f".register({use.name}) evaluates the annotations of what it is given; pass a class, or a function "
            "the tool defines",
        )


def _decorator(ctx: Context, use: Use, resolution: Resolution) -> None:
    if resolution.bindings or (resolution.may_be_builtin and use.name in _DECORATOR_BUILTINS):
        return
    ctx.add(
        "decorator-not-allowed",
        use.node,
        f"decorator {use.name!r} is not allowed; decorate only with functions the tool defines, names "
        "imported from allowed modules, or property/staticmethod/classmethod",
    )


def _module_chain(ctx: Context, scope: Scope, module: str, chain: Chain) -> None:
    """``json.decoder``, ``random._os``: only the names the policy lists for each module."""
    policy = ctx.policy
    current = module
    last = len(chain.attributes) - 1
    for i, (name, node) in enumerate(chain.attributes):
        if id(node) in ctx.flagged and not name.startswith("_"):
            return
        submodule = f"{current}.{name}"
        if submodule in policy.module_attributes:
            current = submodule
            continue
        if name not in policy.module_attributes.get(current, frozenset()):
            ctx.add("module-attribute", node, module_attribute_message(policy, current, name))
            return
        if i == last and chain.store:
            ctx.add(
                "module-mutation",
                node,
                f"changing {submodule!r} would alter a shared module; keep state in your own objects",
            )
        if submodule in ATTRIBUTE_CALLABLES:
            if i == last and chain.call is not None:
                attribute_callable(ctx, scope, submodule, chain.call)
            else:
                _as_value(ctx, node, submodule)
        return
    if chain.store:
        ctx.add("module-mutation", chain.attributes[-1][1], f"assigning to module {current!r} is not allowed")
    else:
        ctx.add(
            "module-as-value",
            chain.attributes[-1][1],
            f"the module {current!r} is used as a value; use its attributes directly, e.g. {current}.<name>",
        )
