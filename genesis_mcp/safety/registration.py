"""``singledispatch``'s ``.register``: what it may be given.

Registering a function evaluates its annotations (``typing.get_type_hints``), and registering a class puts
it in a registry that can be read back, so what reaches ``.register`` must be a function the tool wrote as
written, with annotations that are classes, or a plain class of the tool's. Judged after the walk, once
every binding is known.
"""

from __future__ import annotations

from typing import Final

from genesis_mcp.safety.class_annotations import annotated_statements
from genesis_mcp.safety.context import Context, Tag, Use
from genesis_mcp.safety.dispatch import dispatch_annotations
from genesis_mcp.safety.names import METACLASS_NAMES
from genesis_mcp.safety.nodes import Attribute, ClassDef, Name
from genesis_mcp.safety.objects import method_self
from genesis_mcp.safety.plain_classes import decorated_only_plainly, makes_objects
from genesis_mcp.safety.scopes import Kind, Resolution, Scope
from genesis_mcp.safety.stdlib import is_class

__all__ = ["REGISTRATION_CHECKS"]


def _wrapped(ctx: Context, use: Use, resolution: Resolution) -> None:
    """wraps(f) copies f's annotations onto the wrapper, where .register may evaluate them, and f's whole
    __dict__ (a class's would bring its plain functions, Counter.copy among them): f must be the tool's own."""
    kinds = {b.kind for b in resolution.bindings}
    own = use.name == "self" and method_self(use.scope)  # a decorator class's __init__: its own object
    if use.extra == "wrapper" and kinds != {Kind.DEF} and not own:  # a function or own object: __dict__ closed
        ctx.add("string-annotation", use.node, f"update_wrapper() copies the __dict__ of what it wraps onto "
                f"{use.name!r}: give it a function the tool defines")  # fmt: skip
        return
    if use.extra == "wrapper" or use.extra == "rewrapped":  # rewrapped: judged by _register
        return
    if not kinds or not kinds <= {Kind.DEF, Kind.PARAM}:  # a decorator's parameter: what it decorates
        ctx.add("string-annotation", use.node, f"wraps()/update_wrapper() copy the attributes and __dict__ of "
                f"what they wrap; {use.name!r} must be a function the tool defines")  # fmt: skip
        return
    if any(b.kind is Kind.DEF for b in resolution.bindings):
        for function, scope in ctx.functions.get(use.name, []):
            dispatch_annotations(ctx, function, scope)


def _type_use(ctx: Context, use: Use, resolution: Resolution) -> None:
    kinds = {b.kind for b in resolution.bindings}
    if use.extra == "generic" or use.extra == "typing":
        _generic(ctx, use, resolution)
        return
    if use.extra == "attribute":  # the start of a dotted annotation: only a module is sure to hold classes
        modules = {b.target for b in resolution.bindings}
        if kinds != {Kind.MODULE} or len(modules) != 1:
            ctx.add(
                "string-annotation",
                use.node,
                f"{use.name!r} in the annotation of a function registered with .register is not a module; "
                "its attributes may hold strings that typing evaluates; annotate with classes",
            )
        else:  # typing evaluates module.attr, quoted or not: only what the policy lists, and no metaclass
            _module_class(ctx, use, modules.pop())
        return
    if use.tag is Tag.TYPE_NAME and (
        (use.name in METACLASS_NAMES and resolution.may_be_builtin)
        or any(q.rpartition(".")[2] in METACLASS_NAMES for q in resolution.imported())
    ):
        ctx.add("class-machinery", use.node, "a registered function annotated with a metaclass puts it in the "
                "dispatch registry, where it can be read back; annotate with ordinary classes")  # fmt: skip
        return
    if use.tag is Tag.TYPE_NAME and not all(is_class(q) for q in resolution.imported()):
        ctx.add("string-annotation", use.node, f"{use.name!r} in the annotation of a registered function is "
                "no library class (a str constant there is looked up and evaluated as code); annotate with "
                "classes")  # fmt: skip
        return
    if use.tag is Tag.TYPE_ARG:
        if kinds & {Kind.CLASS, Kind.IMPORTED, Kind.MODULE}:
            ctx.add("class-machinery", use.node, "type() of a class is its metaclass; not allowed")
    # a builtin must be a class: __doc__ is the module's (or the class's) docstring, which typing runs
    elif (
        not (kinds <= {Kind.CLASS, Kind.IMPORTED} and (kinds or resolution.may_be_builtin))
        or (not kinds and not is_class(f"builtins.{use.name}"))
        or (
            Kind.CLASS in kinds and not decorated_only_plainly(ctx, use.scope, use.name)  # @deco: whatever deco returns
        )
    ):
        ctx.add(
            "string-annotation",
            use.node,
            f"{use.name!r} in the annotation of a function registered with .register is evaluated by typing "
            "tools; annotate with classes (int, list[str], a class of the tool), not variables",
        )


_BUILTIN_GENERICS: Final = frozenset({"list", "dict", "set", "frozenset", "tuple", "type"})


def _generic(ctx: Context, use: Use, resolution: Resolution) -> None:
    """What a registered annotation subscripts: a builtin container or a name of typing/collections.abc."""
    if use.extra == "typing":  # typing.Optional[...]
        fine = [b.target for b in resolution.bindings] == ["typing"] and _in_policy(ctx, use, "typing")
    elif resolution.bindings:  # from typing import Optional
        found = resolution.imported()
        fine = len(found) == len(resolution.bindings) == 1 and found[0].startswith(("typing.", "collections.abc."))
    else:
        fine = use.name in _BUILTIN_GENERICS
    if not fine:
        ctx.add("string-annotation", use.node, f"{use.name!r} subscripted in the annotation of a registered function "
                "is no generic of typing or a builtin container (an Enum's member or a list's item may be a str, "
                "which typing evaluates as code)")  # fmt: skip


def _in_policy(ctx: Context, use: Use, module: str) -> bool:
    attr = use.node.attr if isinstance(use.node, Attribute) else ""
    return attr in ctx.policy.module_attributes.get(module, ()) and attr not in METACLASS_NAMES


def _module_class(ctx: Context, use: Use, module: str) -> None:
    attr = use.node.attr if isinstance(use.node, Attribute) else ""
    if not (_in_policy(ctx, use, module) and is_class(f"{module}.{attr}")):
        ctx.add("string-annotation", use.node, f"{module}.{attr} in the annotation of a registered function is "
                f"not a class the policy allows in {module!r}; annotate with classes it lists")  # fmt: skip


def _register(ctx: Context, use: Use, resolution: Resolution) -> None:
    if _rewrapped_unknown(ctx):
        ctx.add("string-annotation", use.node, "wraps/update_wrapper here copy annotations onto a function or "
                "object the checker cannot name, and .register would evaluate them; wrap defs by name")  # fmt: skip
        return
    if use.extra == "instance":  # register(Item(...)): an object of a tool class, not a function
        if not _registrable(ctx, use.scope, use.name, 0):  # a __new__ could return a function
            ctx.add("string-annotation", use.node, ".register() evaluates the annotations of what it is given; "
                    "pass a class, an object of the tool's class, or a function the tool defines by name")  # fmt: skip
        return
    if use.name in ctx.rewrapped:
        ctx.add("string-annotation", use.node, f"{use.name!r} carries annotations copied by wraps/update_wrapper; "
                ".register would evaluate them; register the function as written")  # fmt: skip
        return
    kinds = {b.kind for b in resolution.bindings}
    if kinds == {Kind.INSTANCE} and all(_made_by_namedtuple(ctx, use.scope, b.target) for b in resolution.bindings):
        return  # Circle = namedtuple("Circle", "radius"): a class, whose annotations register does not read
    if Kind.CLASS in kinds and not decorated_only_plainly(ctx, use.scope, use.name):
        ctx.add("string-annotation", use.node, f".register({use.name}): a class decorator may return a function, "
                "whose annotations register would evaluate; register undecorated classes")  # fmt: skip
        return
    if Kind.DEF in kinds:
        for function, scope in ctx.functions.get(use.name, []):
            if function.decorator_list:  # the name holds what the decorators returned, not this def
                ctx.add("string-annotation", use.node, f".register({use.name}) would register what its "
                        "decorators returned, not the function as written; register it undecorated")  # fmt: skip
            dispatch_annotations(ctx, function, scope)  # queues TYPE_NAME uses, judged later in this loop
    if not kinds <= {Kind.CLASS, Kind.IMPORTED, Kind.MODULE, Kind.DEF} or (not kinds and not resolution.may_be_builtin):
        ctx.add(
            "string-annotation",
            use.node,
            f".register({use.name}) evaluates the annotations of what it is given; pass a class, or a function "
            "the tool defines",
        )


def _made_by_namedtuple(ctx: Context, scope: Scope, maker: str) -> bool:
    resolution = ctx.resolve(scope, maker)
    return len(resolution.bindings) == 1 and resolution.imported() == ["collections.namedtuple"]


def _rewrapped_unknown(ctx: Context) -> bool:
    """update_wrapper(target, f) or wraps(f)(target) where target is a parameter or an expression: which
    function gets f's annotations, and the __wrapped__ that typing follows to f's module globals, is known
    only at run time, so no function is sure to be registered as written."""
    if "*" in ctx.rewrapped:
        return True
    defs = {Kind.DEF}
    return any(
        tag is Tag.WRAPPED and extra == "rewrapped" and {b.kind for b in ctx.resolve(scope, name).bindings} != defs
        for tag, name, scope, _node, extra in ctx.uses
    )


def _registrable(ctx: Context, scope: Scope, name: str, depth: int) -> bool:
    """``x.register(C(...))``: an object of the tool's class for a registry of its own. Given to singledispatch
    instead, its class's annotations would be evaluated: so C makes plain objects, annotates nothing, and
    derives only from such classes of the tool (a staticmethod subclass copies a function's annotations)."""
    if depth > 4 or not makes_objects(ctx, scope, name):
        return False
    for class_scope in ctx.class_scopes:
        node = class_scope.node
        if not (isinstance(node, ClassDef) and node.name == name):
            continue
        if annotated_statements(node):  # in any block of the body (if x: kind: "code")
            return False
        for base in node.bases:
            named = base.id if isinstance(base, Name) else None
            if named is None or not (named == "object" or _registrable(ctx, scope, named, depth + 1)):
                return False
    return True


REGISTRATION_CHECKS: Final = {
    Tag.WRAPPED: _wrapped,
    Tag.TYPE_ARG: _type_use,
    Tag.TYPE_NAME: _type_use,
    Tag.REGISTER: _register,
}
