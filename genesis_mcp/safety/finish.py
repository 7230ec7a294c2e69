"""The rules that need every binding: run once after the walk, over the recorded name uses."""

from __future__ import annotations

import ast
from typing import Final

from genesis_mcp.safety.calls import special_call, wraps_results
from genesis_mcp.safety.class_rules import CLASS_CHECKS, trusted_builtins
from genesis_mcp.safety.context import Context, RawUse, Tag, Use
from genesis_mcp.safety.dataclass_fields import in_dataclass_body, kw_only_use
from genesis_mcp.safety.definitions import classmethod_wraps
from genesis_mcp.safety.dynamic_names import attribute_callable, prefix_sums, table_names
from genesis_mcp.safety.foreign import field_name_stores, fields_renamed, foreign_origin, foreign_stores
from genesis_mcp.safety.implicit_reads import implicit_reads
from genesis_mcp.safety.imports import from_module
from genesis_mcp.safety.library_methods import (
    class_method_reads,
    class_reads,
    constructive_value,
    derived_classes,
    derived_values,
    library_stores,
    typing_argument,
)
from genesis_mcp.safety.messages import builtin_message
from genesis_mcp.safety.module_rules import (
    as_value,
    catch_warnings_use,
    classinfo_position,
    deepcopy_call,
    enum_as_value,
    field_callable,
    field_class,
    field_position,
    memo_kept,
    module_chain,
    odd_new_copies,
    type_form,
)
from genesis_mcp.safety.names import (
    ATTRIBUTE_BUILTINS,
    ATTRIBUTE_CALLABLES,
    DANGEROUS_PRIVATE_NAMES,
    ENUM_FACTORIES,
    FIELD_CALLABLES,
    KNOWN_BUILTINS,
    METACLASS_NAMES,
    NAME_GIVERS,
    PUBLIC_PRIVATE_NAMES,
    STORING_QUALNAMES,
    WRAPPER_CALLABLES,
)
from genesis_mcp.safety.nodes import Call
from genesis_mcp.safety.reachable import private_overrides
from genesis_mcp.safety.registration import REGISTRATION_CHECKS
from genesis_mcp.safety.scopes import Resolution
from genesis_mcp.safety.stdlib import constructive_class
from genesis_mcp.safety.templates import format_template
from genesis_mcp.safety.uses import chain_of

__all__ = ["finish"]

_DECORATOR_BUILTINS: Final = frozenset({"property", "staticmethod", "classmethod"})
_SPECIAL_TAGS: Final = frozenset(Tag) - {Tag.VALUE, Tag.CALLEE, Tag.CHAIN, Tag.OPERAND, Tag.CLASSINFO, Tag.SELF_GIVEN}
# Enum members as Final constants: a member lookup on the class costs more than a C variable.
_VALUE: Final = Tag.VALUE
_CALLEE: Final = Tag.CALLEE
_CHAIN: Final = Tag.CHAIN
_FORMAT: Final = Tag.FORMAT
_OPERAND: Final = Tag.OPERAND


def finish(ctx: Context) -> None:
    # Most names are the tool's own variables: only builtins, metaclasses and imported names need a look.
    watched, imported = ctx.policy.watched_names, ctx.import_names
    if ctx.nonlocal_binds:
        _nonlocal_binds(ctx)
    if ctx.trusted:
        trusted_builtins(ctx)
    if ctx.class_scopes:  # case P(a), dataclass defaults: reads by written names; Library.method(self, x)
        implicit_reads(ctx)  # sets attributes unseen (before the tables); copies calling a __new__
        library_stores(ctx)
        odd_new_copies(ctx)
        private_overrides(ctx)
    if ctx.field_stores:  # setattr(x, f.name, v): before the tables, which trust names nothing stores
        field_name_stores(ctx, ctx.field_stores)
    if ctx.table_names:
        table_names(ctx)
    if ctx.prefix_sums:
        prefix_sums(ctx)
    uses = ctx.uses
    done = 0
    while done < len(uses):  # judging ``x.register(f)`` may record more uses: they are judged in turn
        batch = uses[done:]
        done = len(uses)
        for raw in batch:
            if raw[1] in watched or raw[1] in imported or raw[0] in _SPECIAL_TAGS:
                _judge(ctx, raw)
    derived = derived_classes(ctx) if ctx.class_scopes else None
    if derived:  # MyCounter.copy(int): a library base's method read off the tool's class
        class_reads(ctx, derived)
        derived_values(ctx, derived)
        for tag, name, scope, _node, extra in ctx.uses:
            if tag is _CHAIN and name in derived:
                chain = chain_of(extra)
                class_method_reads(ctx, scope, ctx.resolve(scope, name), chain)
    if ctx.foreign_stores:
        foreign_stores(ctx)
    if ctx.wraps_calls:
        wraps_results(ctx)
    if "__deepcopy__" in ctx.functions or any("__deepcopy__" in s.bindings for s in ctx.class_scopes):
        memo_kept(ctx)
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
            origin = foreign_origin(ctx, scope, root, 0)
            if origin is not None:
                ctx.add(
                    "private-attribute",
                    node,
                    f"attribute {name!r} is private to an object that comes from the module {origin!r}, "
                    "whatever the tool's own classes define; use the public API",
                )


def _nonlocal_binds(ctx: Context) -> None:
    """``nonlocal k`` binds the k of the nearest enclosing function that binds k itself; the walk put the
    stores in the nearest enclosing function, which is that one only if it binds k too (and is not itself
    passing k further out)."""
    moved: dict[tuple[int, str], int] = {}
    for target, name, _node in ctx.nonlocal_binds:
        moved[id(target), name] = moved.get((id(target), name), 0) + 1
    for target, name, node in ctx.nonlocal_binds:
        own = len(target.bindings.get(name, ())) - moved[id(target), name]
        if own <= 0 or name in target.nonlocals:
            ctx.add("too-complex", node, f"nonlocal {name!r} here reaches past the function just outside, "
                    f"which does not bind {name!r} itself; the checker cannot follow that: bind it there")  # fmt: skip


def _renamed(ctx: Context, node: ast.AST, qualname: str) -> None:
    """attrgetter/methodcaller/wraps/update_wrapper read or set attributes by the names they are given; the
    walk notes those reads and stores (which other rules rely on) only when it sees them by their own name."""
    ctx.add("computed-attribute-name", node, f"{qualname} may only be used under its own name (it reads or sets "
            f"attributes by the names it is given); import it without 'as'")  # fmt: skip


def _judge(ctx: Context, raw: RawUse) -> None:
    tag, name, scope, node, extra = raw
    if tag is _FORMAT:
        format_template(ctx, Use(tag, name, scope, node, extra))
        return
    resolution = ctx.resolve(scope, name)
    if resolution.may_be_builtin and name in ctx.policy.forbidden_builtins:
        ctx.add("forbidden-builtin", node, builtin_message(name))
        return
    if name == "classmethod" and resolution.may_be_builtin and id(node) not in ctx.decorators:
        classmethod_wraps(ctx, node)  # called or handed around: it may wrap a property
    elif name in ATTRIBUTE_BUILTINS and tag is not _CALLEE and resolution.may_be_builtin:
        # Any binding elsewhere (getattr = getattr, a dead branch, a later rebinding) leaves the builtin here.
        as_value(ctx, node, name)
        return
    if tag in _CHECKS:
        _CHECKS[tag](ctx, Use(tag, name, scope, node, extra), resolution)
        return
    if tag is _VALUE or tag is _CHAIN or tag is _OPERAND:  # compared or indexed, it reaches __eq__/__getitem__
        builtin_type = name == "type" and resolution.may_be_builtin  # a later or dead binding leaves the builtin
        if builtin_type or any(q.rpartition(".")[2] in METACLASS_NAMES for q in resolution.imported()):
            ctx.add(
                "class-machinery",
                node,
                f"{name!r} used as a value or through its attributes can create classes at run time; "
                "call type(x) directly, or compare with isinstance",
            )
            return
    modules = resolution.modules()
    if tag is _CHAIN:
        chain = chain_of(extra)
        for module in sorted(set(modules)) if len(modules) > 1 else modules:
            module_chain(ctx, scope, module, chain)
        class_method_reads(ctx, scope, resolution, chain)  # Counter.copy(int): a library method run on a class
    elif modules:
        ctx.add(
            "module-as-value",
            node,
            f"the module {name!r} is used as a value; call its functions directly, e.g. {name}.<name>(...)",
        )
    for qualname in resolution.imported():
        last = qualname.rpartition(".")[2]
        placed = id(node) in ctx.class_positions or id(node) in ctx.decorators  # a base, isinstance, @decorator
        placed = placed or typing_argument(ctx, node)  # Optional[X]
        if (tag is _VALUE or tag is _OPERAND) and not placed and constructive_class(qualname):
            constructive_value(ctx, node, qualname)
            continue
        if qualname in ATTRIBUTE_CALLABLES:
            if tag is _CALLEE and isinstance(extra, Call) and name != last:
                _renamed(ctx, node, qualname)  # the walk notes what it reads only under its own name
            elif tag is _CALLEE and isinstance(extra, Call):
                attribute_callable(ctx, scope, qualname, extra)
            elif tag is not _CHAIN:
                as_value(ctx, node, qualname)
        elif qualname in STORING_QUALNAMES:
            if tag is _CALLEE and name != last:
                _renamed(ctx, node, qualname)  # the walk notes what it stores only under its own name
            elif tag is not _CALLEE and tag is not _CHAIN:
                as_value(ctx, node, qualname)
        elif qualname == "copy.deepcopy":
            if tag is _CALLEE and isinstance(extra, Call):
                deepcopy_call(ctx, extra, scope)
            else:
                as_value(ctx, node, qualname)
        elif qualname == "warnings.catch_warnings" and tag is not _CHAIN:
            catch_warnings_use(ctx, node, extra if tag is _CALLEE and isinstance(extra, Call) else None)
        elif qualname == "dataclasses.Field" and tag is not _CHAIN:
            if tag is not Tag.CLASSINFO and not classinfo_position(ctx, node):
                field_class(ctx, node)
        elif qualname == "dataclasses.KW_ONLY" and (name != last or tag is _VALUE or tag is _CALLEE):
            kw_only_use(ctx, node)
        elif qualname == "typing.Type" and tag in (_VALUE, _CHAIN, _OPERAND):  # annotations are CLASSINFO
            type_form(ctx, node)
        elif qualname == "types.SimpleNamespace":
            if not (tag is _CALLEE and name == last) and tag is not Tag.CLASSINFO:  # bases: class_rules
                field_callable(ctx, node, qualname)
        elif qualname == "dataclasses.field":
            if not (tag is _CALLEE and isinstance(extra, Call) and in_dataclass_body(ctx, extra)):
                field_position(ctx, node)
        elif qualname in NAME_GIVERS:
            if name != last or not (tag is _CALLEE or tag is Tag.CLASSINFO) or id(node) in ctx.decorators:
                field_callable(ctx, node, qualname)
        elif qualname in FIELD_CALLABLES:
            placed = tag is _CALLEE or id(node) in ctx.class_positions or id(node) in ctx.decorators
            if name != last or not placed:  # an alias, or passed on: the walk knows it only by its name
                field_callable(ctx, node, qualname)
        elif qualname in WRAPPER_CALLABLES:
            if tag is _CALLEE and isinstance(extra, Call):
                if name != last:  # under its own name the walk judged it already
                    _renamed(ctx, node, qualname)
            elif tag is not _CHAIN:
                as_value(ctx, node, qualname)
        elif last in ENUM_FACTORIES and tag is _VALUE and id(node) not in ctx.class_positions:
            enum_as_value(ctx, node, qualname)
        elif tag is _CALLEE and isinstance(extra, Call) and name != last:
            # An import alias does not change what is called: from abc import ABCMeta as Factory.
            if last in METACLASS_NAMES:
                ctx.add("class-machinery", extra, f"{name!r} is {qualname}, a metaclass: calling it creates a class")
            elif last in ENUM_FACTORIES:
                special_call(ctx, extra, last)


def _decorator(ctx: Context, use: Use, resolution: Resolution) -> None:
    builtin = resolution.may_be_builtin and use.name in KNOWN_BUILTINS  # @type above a later def type
    if (resolution.bindings and not builtin) or (builtin and use.name in _DECORATOR_BUILTINS):
        return
    ctx.add("decorator-not-allowed", use.node, f"decorator {use.name!r} is not allowed; decorate only with "
            "functions the tool defines, names imported from allowed modules, or property/staticmethod/"
            "classmethod")  # fmt: skip


def _field_name(ctx: Context, use: Use, resolution: Resolution) -> None:
    fields = resolution.bindings and all(b.target == "<fields>" for b in resolution.bindings)
    if not fields or fields_renamed(ctx):  # f.name = "__code__" would rename a field
        ctx.add("computed-attribute-name", use.node, "getattr()/setattr() need a constant attribute name, or f.name "
                "for f in dataclasses.fields(x); keep dynamic data in a dict")  # fmt: skip


_CHECKS: Final = {
    **CLASS_CHECKS,
    **REGISTRATION_CHECKS,
    Tag.DECORATOR: _decorator,
    Tag.FROM_MODULE: from_module,
    Tag.FIELD_NAME: _field_name,
}
