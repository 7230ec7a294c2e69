"""The rules that need every binding: run once after the walk, over the recorded name uses."""

from __future__ import annotations

import ast

from genesis_mcp.safety.attributes import attribute_callable
from genesis_mcp.safety.calls import special_call, wrapper_names
from genesis_mcp.safety.context import Chain, Context, RawUse, Tag, Use
from genesis_mcp.safety.definitions import dispatch_annotations
from genesis_mcp.safety.messages import builtin_message, module_attribute_message
from genesis_mcp.safety.names import (
    ATTRIBUTE_BUILTINS,
    ATTRIBUTE_CALLABLES,
    DANGEROUS_PRIVATE_NAMES,
    ENUM_FACTORIES,
    METACLASS_NAMES,
    PUBLIC_PRIVATE_NAMES,
    WRAPPER_CALLABLES,
)
from genesis_mcp.safety.scopes import Kind, Resolution, Scope
from genesis_mcp.safety.templates import format_template

__all__ = ["finish"]

_DECORATOR_BUILTINS = frozenset({"property", "staticmethod", "classmethod"})
_SPECIAL_TAGS = frozenset(Tag) - {Tag.VALUE, Tag.CALLEE, Tag.CHAIN, Tag.OPERAND}  # judged whatever the name
# Enum members as globals: a member lookup on the class costs more than a global one.
_VALUE, _CALLEE, _CHAIN, _FORMAT, _DECORATOR = Tag.VALUE, Tag.CALLEE, Tag.CHAIN, Tag.FORMAT, Tag.DECORATOR
_TYPE_TAGS = frozenset({Tag.TYPE_ARG, Tag.TYPE_NAME})
_REGISTER = Tag.REGISTER
_MADE_FROM = frozenset({Kind.DERIVED, Kind.INSTANCE, Kind.ITEM})


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
    for name, node, root, scope in ctx.private_reads:
        if id(node) in ctx.flagged:
            continue
        if name in DANGEROUS_PRIVATE_NAMES or (name not in ctx.defined_attributes and name not in PUBLIC_PRIVATE_NAMES):
            ctx.add(
                "private-attribute",
                node,
                f"attribute {name!r} is private to another object (the tool never assigns or defines it); "
                "use the public API",
            )
        elif root is not None and name not in PUBLIC_PRIVATE_NAMES:
            # Defining ``_x`` on its own class does not make ``_x`` of a library object the tool's.
            origin = _foreign(ctx, scope, root, 0)
            if origin is not None:
                ctx.add(
                    "private-attribute",
                    node,
                    f"attribute {name!r} is private to an object that comes from the module {origin!r}, "
                    "whatever the tool's own classes define; use the public API",
                )


def _foreign(ctx: Context, scope: Scope, name: str, depth: int) -> str | None:
    """The module a name's value comes from (an import, or a value made from one), or None."""
    for binding in ctx.resolve(scope, name).bindings:
        if binding.kind is Kind.MODULE:
            return binding.target
        if binding.kind is Kind.IMPORTED:
            return binding.target.rpartition(".")[0]
        if depth < 4 and binding.kind in _MADE_FROM and binding.target and binding.target != name:
            found = _foreign(ctx, scope, binding.target, depth + 1)
            if found is not None:
                return found
    return None


def _judge(ctx: Context, raw: RawUse) -> None:
    tag, name, scope, node, extra = raw
    if tag is _FORMAT:
        format_template(ctx, Use(*raw))
        return
    resolution = ctx.resolve(scope, name)
    if resolution.may_be_builtin and name in ctx.policy.forbidden_builtins:
        ctx.add("forbidden-builtin", node, builtin_message(name))
        return
    if name in ATTRIBUTE_BUILTINS and tag is not _CALLEE and resolution.may_be_builtin:
        # Any binding elsewhere (getattr = getattr, a dead branch, a later rebinding) leaves the builtin here.
        _as_value(ctx, node, name)
        return
    if tag in _CHECKS:
        _CHECKS[tag](ctx, Use(*raw), resolution)
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
        last = qualname.rpartition(".")[2]
        if qualname in ATTRIBUTE_CALLABLES:
            if tag is _CALLEE and isinstance(extra, ast.Call):
                attribute_callable(ctx, scope, qualname, extra)
            elif tag is not _CHAIN:
                _as_value(ctx, node, qualname)
        elif qualname in WRAPPER_CALLABLES:
            if tag is _CALLEE and isinstance(extra, ast.Call):
                if name != last:  # under its own name the walk judged it already
                    wrapper_names(ctx, extra, last, scope)
            elif tag is not _CHAIN:
                _as_value(ctx, node, qualname)
        elif tag is _CALLEE and isinstance(extra, ast.Call) and name != last:
            # An import alias does not change what is called: from abc import ABCMeta as Factory.
            if last in METACLASS_NAMES:
                ctx.add("class-machinery", extra, f"{name!r} is {qualname}, a metaclass: calling it creates a class")
            elif last in ENUM_FACTORIES:
                special_call(ctx, extra, last)


def _as_value(ctx: Context, node: ast.AST, name: str) -> None:
    ctx.add(
        "computed-attribute-name",
        node,
        f"{name!r} may only be called directly with a constant attribute name, not passed around or stored",
    )


def _type_self(ctx: Context, use: Use, resolution: Resolution) -> None:
    if not resolution.bindings or any(b.kind is not Kind.PARAM for b in resolution.bindings):
        ctx.add("class-machinery", use.node, f"type({use.name}) is a class only while {use.name!r} is the "
                "method's own parameter; do not rebind it")  # fmt: skip


def _wrapped(ctx: Context, use: Use, resolution: Resolution) -> None:
    """wraps(f) copies f's annotations onto the wrapper, where .register may evaluate them."""
    if any(b.kind is Kind.DEF for b in resolution.bindings):
        for function, scope in ctx.functions.get(use.name, []):
            dispatch_annotations(ctx, function, scope)


def _functools(ctx: Context, use: Use, resolution: Resolution) -> None:
    if resolution.modules() != ["functools"] or len(resolution.bindings) != 1:
        ctx.add("computed-attribute-name", use.node, "only functools.WRAPPER_ASSIGNMENTS and WRAPPER_UPDATES "
                "of the functools module may stand for the names wraps() copies")  # fmt: skip


def _type_use(ctx: Context, use: Use, resolution: Resolution) -> None:
    kinds = {b.kind for b in resolution.bindings}
    if use.extra == "attribute":  # the start of a dotted annotation: only a module is sure to hold classes
        if not kinds or not kinds <= {Kind.IMPORTED, Kind.MODULE}:
            ctx.add(
                "string-annotation",
                use.node,
                f"{use.name!r} in the annotation of a function registered with .register is not a module; "
                "its attributes may hold strings that typing evaluates; annotate with classes",
            )
        return
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
    if use.name in ctx.rewrapped:
        ctx.add("string-annotation", use.node, f"{use.name!r} carries annotations copied by wraps/update_wrapper; "
                ".register would evaluate them; register the function as written")  # fmt: skip
        return
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
        elif submodule in WRAPPER_CALLABLES and not (i == last and chain.call is not None):
            _as_value(ctx, node, submodule)  # called directly, the walk judges the names it copies
        return
    if chain.store:
        ctx.add("module-mutation", chain.attributes[-1][1], f"assigning to module {current!r} is not allowed")
    else:
        ctx.add(
            "module-as-value",
            chain.attributes[-1][1],
            f"the module {current!r} is used as a value; use its attributes directly, e.g. {current}.<name>",
        )


def _field_name(ctx: Context, use: Use, resolution: Resolution) -> None:
    if not resolution.bindings or any(b.target != "<fields>" for b in resolution.bindings):
        ctx.add("computed-attribute-name", use.node, "getattr()/setattr() need a constant attribute name, or f.name "
                "for f in dataclasses.fields(x); keep dynamic data in a dict")  # fmt: skip


_CHECKS = {Tag.TYPE_SELF: _type_self, Tag.WRAPPED: _wrapped, Tag.FUNCTOOLS: _functools, Tag.FIELD_NAME: _field_name}
