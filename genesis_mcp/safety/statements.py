"""Walk handlers for the statements that bind names: assignments, loops, ``except``, ``global``,
comprehensions and match captures (definitions are in ``definitions.py``, imports in ``imports.py``).

Each handler takes ``(ctx, node, scope, flags, stack)``, records bindings and findings, and pushes the
sub-trees still to visit, with the scope they are evaluated in.
"""

from __future__ import annotations

import ast
from typing import Final

from genesis_mcp.safety.attributes import attribute_name, receiver_root
from genesis_mcp.safety.bindings import OTHER, classify, given_more, loop_target, shared
from genesis_mcp.safety.class_annotations import class_var_root, names_a_metaclass
from genesis_mcp.safety.class_patterns import PATTERNS
from genesis_mcp.safety.context import ANNOTATION, CLASSINFO, Context, Frame, Handler, Tag
from genesis_mcp.safety.definitions import DEFINITIONS
from genesis_mcp.safety.format_calls import trust_pieces
from genesis_mcp.safety.imports import IMPORTS
from genesis_mcp.safety.names import INTROSPECTION_ATTRIBUTES, is_dunder
from genesis_mcp.safety.nodes import (
    AnnAssign,
    Assign,
    AsyncFor,
    Attribute,
    AugAssign,
    BinOp,
    Call,
    DictComp,
    ExceptHandler,
    For,
    GeneratorExp,
    Global,
    List,
    ListComp,
    Name,
    NamedExpr,
    Nonlocal,
    Set,
    SetComp,
    Starred,
    Subscript,
    TryStar,
    Tuple,
)
from genesis_mcp.safety.scopes import Binding, Kind, Scope
from genesis_mcp.safety.visit import child, generic_handler, push_body

__all__ = ["HANDLERS"]

_CONST: Final = Binding(Kind.CONST)
_CONST_COLLECTION: Final = Binding(Kind.CONST_COLLECTION)
_DISPLAYS: Final = frozenset({List, Tuple, Set})
_VALUE: Final = Tag.VALUE
_PIECES: Final = frozenset({BinOp, Call})
_ANNOTATED_DUNDERS: Final = frozenset({"__slots__", "__match_args__"})  # typed code annotates these; no field


def _global(ctx: Context, node: ast.Global | ast.Nonlocal, scope: Scope, flags: int, stack: list[Frame]) -> None:
    for name in node.names:
        if is_dunder(name):
            ctx.dunder_name(name, node)
    if scope.kind == "class":  # it would make a def there no method, and reach past the class for its methods
        keyword = "nonlocal" if type(node) is Nonlocal else "global"
        ctx.add("class-machinery", node, f"{keyword} in a class body is not allowed; declare it in a function")
    scope.declare(node.names, nonlocal_=type(node) is Nonlocal)


def _except(ctx: Context, node: ast.ExceptHandler, scope: Scope, flags: int, stack: list[Frame]) -> None:
    if node.name:
        ctx.bind(node.name, node, scope, OTHER)
    if node.type is not None:  # a class position, like isinstance's second argument
        kinds = node.type.elts if type(node.type) is Tuple else [node.type]
        stack.extend((kind, scope, CLASSINFO) for kind in kinds)
    push_body(ctx, stack, node.body, scope)


def _comprehension(
    ctx: Context,
    node: ast.ListComp | ast.SetComp | ast.GeneratorExp | ast.DictComp,
    scope: Scope,
    flags: int,
    stack: list[Frame],
) -> None:
    inner = Scope("comprehension", scope)
    for i, generator in enumerate(node.generators):
        stack.append((generator.iter, inner if i else scope, 0))  # the first iterable is evaluated outside
        ctx.read_only.add(id(generator.iter))
        loop_target(ctx, generator.target, generator.iter, inner, stack)
        for condition in generator.ifs:
            stack.append((condition, inner, 0))
    if isinstance(node, DictComp):
        stack.extend(((node.key, inner, 0), (node.value, inner, 0)))
    else:
        stack.append((node.elt, inner, 0))


def _for(ctx: Context, node: ast.For | ast.AsyncFor, scope: Scope, flags: int, stack: list[Frame]) -> None:
    push_body(ctx, stack, node.orelse, scope)
    push_body(ctx, stack, node.body, scope)
    loop_target(ctx, node.target, node.iter, scope, stack)
    ctx.read_only.add(id(node.iter))
    child(ctx, node.iter, scope, 0, stack)


def _class_body_names(ctx: Context, scope: Scope, name: str, value: ast.AST) -> None:
    """``__slots__`` names attributes the class defines; ``__match_args__`` names attributes match reads."""
    elements = value.elts if isinstance(value, Tuple | List) else None
    if name == "__slots__" and scope.kind == "class":
        # copy reads and sets the slots by these names, and a dunder among them becomes a hook: written out
        for element in elements if elements is not None else [value]:
            text = ctx.fold(element)
            if text is None or not text.isidentifier():
                ctx.add("computed-attribute-name", element, "__slots__ must list constant attribute names, written "
                        "in the class body")  # fmt: skip
            else:
                attribute_name(ctx, scope, text, element, store=True)
                ctx.defined_attributes.add(text)
    elif name == "__match_args__" and scope.kind == "class":
        for element in elements if elements is not None else [value]:
            text = ctx.fold(element)
            if text is None:
                ctx.add(
                    "computed-attribute-name", element, "__match_args__ must be a tuple of constant attribute names"
                )
            else:
                attribute_name(ctx, scope, text, element)


def _assign(ctx: Context, node: ast.Assign, scope: Scope, flags: int, stack: list[Frame]) -> None:
    value = node.value
    binding = classify(ctx, value)
    if len(node.targets) > 1:
        binding = shared(binding, value)
    for target in node.targets:
        # a, b = V(1), V(2) pairs by position, unless an item is starred: *(), A, *(B,) gives b B
        if (
            type(target) is Tuple
            and type(value) is Tuple
            and len(target.elts) == len(value.elts)
            and not any(type(item) is Starred for item in value.elts)
        ):
            for part, item in zip(target.elts, value.elts, strict=True):  # a, b = V(1), V(2)
                if type(part) is Name:
                    made = classify(ctx, item)  # T, U = M, N = [..], [..]: M is T's list too
                    ctx.bind(part.id, part, scope, shared(made, item) if len(node.targets) > 1 else made)
                else:
                    stack.append((part, scope, 0))
        elif type(target) is Name:
            name = target.id
            if binding is OTHER and type(value) in _PIECES and trust_pieces(ctx, value, scope):
                binding = _CONST  # ROW = "{:<8}" + "{:>8}" * len(COLS): a template of literal pieces
            if name == "__match_args__" and len(node.targets) == 1:
                ctx.judged.add(id(target))  # judged by _class_body_names below (marks it as checked)
            ctx.bind(name, target, scope, binding)
            if name[:1] == "_":
                _class_body_names(ctx, scope, name, value)
        else:
            if type(target) is Subscript:  # c[k] = v: what goes into the container (the key too) is known here
                ctx.container_stores.append((target.value, [target.slice, value], scope))
                ctx.judged.add(id(target))
            elif type(target) is Attribute and type(target.value) is Name and target.value.id == "self":
                ctx.self_values[id(target)] = (value, scope)  # self.x = {}: see class_rules._dict_attribute
            if type(target) is Attribute and target.attr in ("__name__", "__qualname__"):
                ctx.name_values[id(target)] = value  # f.__name__ = "x": judged in attributes._name_store
            stack.append((target, scope, 0))
    child(ctx, value, scope, 0, stack)  # queued last, so visiting it now keeps the order


def _decorated(scope: Scope) -> bool:
    return bool(getattr(scope.node, "decorator_list", None))


def _ann_assign(ctx: Context, node: ast.AnnAssign, scope: Scope, flags: int, stack: list[Frame]) -> None:
    target, value = node.target, node.value
    if scope.kind == "class" and type(value) is Call and type(target) is Name and node.simple:
        ctx.field_positions[id(value)] = (scope, target.id)  # x: int = field(default=0): the one place for a Field
    if value is not None and type(target) is Attribute and type(target.value) is Name and target.value.id == "self":
        ctx.self_values[id(target)] = (value, scope)  # self.x: T = {}: see class_rules._dict_attribute
    class_var = class_var_root(node.annotation) if scope.kind == "class" else None
    if class_var is not None:  # it counts as ClassVar only if it is typing's
        ctx.uses.append((Tag.FROM_MODULE, class_var.id, scope, class_var, ("typing", "ClassVar")))
    elif scope.kind == "class" and _decorated(scope) and names_a_metaclass(node.annotation):
        # A dataclass keeps the annotation in Field.type: ``x: type`` would hand out type itself (only a class
        # statement under @dataclass makes Fields of its annotations; nothing else reads them back).
        ctx.add("class-machinery", node.annotation, "a class attribute annotated with type or a metaclass hands "
                "it out through dataclasses.fields(); annotate with the classes it holds")  # fmt: skip
    if type(target) is Name and scope.kind == "class" and is_dunder(target.id) and target.id not in _ANNOTATED_DUNDERS:
        ctx.add("class-machinery", target, f"a class body may not annotate {target.id!r}: a dataclass would make "
                "it a field, whose name dataclasses.fields() hands out to getattr(); use a plain name")  # fmt: skip
    # A dataclass or NamedTuple field is an attribute ``case X(a)`` reads (generated __match_args__).
    if (
        type(target) is Name
        and scope.kind == "class"
        and not is_dunder(target.id)
        and (target.id[0] == "_" or target.id in INTROSPECTION_ATTRIBUTES)
    ):
        attribute_name(ctx, scope, target.id, target)
    if type(target) is Name:
        if target.id == "__match_args__" and value is not None:
            ctx.judged.add(id(target))  # judged by _class_body_names below
        ctx.bind(target.id, target, scope, classify(ctx, value))
        if value is not None and target.id[:1] == "_":
            _class_body_names(ctx, scope, target.id, value)
    else:
        stack.append((target, scope, 0))
    if value is None:
        child(ctx, node.annotation, scope, ANNOTATION, stack)
    else:
        stack.append((node.annotation, scope, ANNOTATION))
        child(ctx, value, scope, 0, stack)


def _aug_assign(ctx: Context, node: ast.AugAssign, scope: Scope, flags: int, stack: list[Frame]) -> None:
    target = node.target
    # x += [v], x |= {k: v}, c[k] += v: a list or dict target changes in place, whoever else holds it
    if type(target) is Subscript:
        ctx.container_stores.append((target.value, [target.slice, node.value], scope))
    else:
        ctx.container_stores.append((target, [node.value], scope))
    if type(target) is Name:
        ctx.bind(target.id, target, scope, OTHER)
        ctx.uses.append((_VALUE, target.id, scope, target, None))
    else:
        ctx.judged.add(id(target))
        stack.append((target, scope, 0))
    child(ctx, node.value, scope, 0, stack)


def _named_expr(ctx: Context, node: ast.NamedExpr, scope: Scope, flags: int, stack: list[Frame]) -> None:
    target = scope
    while target.kind == "comprehension" and target.parent is not None:
        target = target.parent  # a walrus in a comprehension binds in the enclosing function
    ctx.bind(node.target.id, node.target, target, shared(classify(ctx, node.value), node.value))
    child(ctx, node.value, scope, 0, stack)


def _with_item(ctx: Context, node: ast.withitem, scope: Scope, flags: int, stack: list[Frame]) -> None:
    target, root = node.optional_vars, receiver_root(node.context_expr)
    if type(target) is Name and root is not None:  # with m.f(x) as t: t comes from m (and what f got: "+")
        more = "+" if given_more(ctx, node.context_expr) else ""
        ctx.bind(target.id, target, scope, Binding(Kind.DERIVED, root + more))
    elif target is not None:
        stack.append((target, scope, 0))
    child(ctx, node.context_expr, scope, 0, stack)


_generic_try_star: Final = generic_handler(TryStar)


def _try_star(ctx: Context, node: ast.TryStar, scope: Scope, flags: int, stack: list[Frame]) -> None:
    ctx.class_channels.add("except*")  # it calls split on the group it catches (handed_out._group_split)
    _generic_try_star(ctx, node, scope, flags, stack)


HANDLERS: Final[dict[type, Handler]] = {
    **DEFINITIONS,
    **IMPORTS,
    Global: _global,
    Nonlocal: _global,
    ExceptHandler: _except,
    **PATTERNS,
    ListComp: _comprehension,
    SetComp: _comprehension,
    GeneratorExp: _comprehension,
    DictComp: _comprehension,
    For: _for,
    AsyncFor: _for,
    Assign: _assign,
    AnnAssign: _ann_assign,
    AugAssign: _aug_assign,
    NamedExpr: _named_expr,
    ast.withitem: _with_item,
    TryStar: _try_star,
}
