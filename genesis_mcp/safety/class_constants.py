"""Attributes of the tool's classes whose values are sure: class constants nothing assigns, read on a
method's own object (``self.TEMPLATE``, ``self.FIELDS``), and data fields of plain classes.

A class is plain here when nothing but its own class body can set such an attribute: no decorator but
dataclass (with the name not among its fields), no keywords or ``__new__``, bases only its own classes or
inert ones (a library base such as SimpleNamespace or a NamedTuple sets attributes from arguments).
"""

from __future__ import annotations

import abc
import ast
import builtins
import typing
from collections.abc import Callable
from typing import Final

from genesis_mcp.safety.class_annotations import annotated_statements, class_var_root
from genesis_mcp.safety.context import Context
from genesis_mcp.safety.definitions import head_name
from genesis_mcp.safety.nodes import ClassDef, FunctionDef, Name, Subscript
from genesis_mcp.safety.objects import class_parameter, own_object
from genesis_mcp.safety.plain_classes import plain_decorators
from genesis_mcp.safety.scopes import Binding, Kind, Scope, enclosing_method, library_name

__all__ = ["class_constant", "data_field", "lineage_plain", "own_field", "own_method", "plain_named_class"]


def class_constant(ctx: Context, scope: Scope, holder: str, name: str, accepts: Callable[[Binding], bool]) -> bool:
    """``self.X`` (or ``cls.X``) in a method is a class constant: every class that binds X binds it only to
    what ``accepts`` (literals, a tuple of identifiers), nothing assigns X anywhere, and it is read on the
    method's own object."""
    stored = ctx.stored_attributes  # "*": something copied a whole __dict__ (update_wrapper's default)
    if name in stored or "*" in stored:
        return False
    if not (own_object(ctx, scope, holder) or (holder == "cls" and class_parameter(scope))):
        return False
    binders = [s for s in ctx.class_scopes if name in s.bindings]
    if not binders or not all(s.bindings[name] and all(accepts(b) for b in s.bindings[name]) for s in binders):
        return False
    # A decorator (dataclass), a library base (SimpleNamespace, UserString, NamedTuple) or __new__ anywhere
    # could set the attribute on an instance from constructor arguments, shadowing the constant.
    return all(_plain_class(ctx, s, name) for s in ctx.class_scopes)


def data_field(ctx: Context, owner: str, field: str) -> bool:
    """``field`` of an object of the tool's class ``owner`` is data, not ``str.format``: the class annotates it
    (a dataclass field such as ``format: str = "json"``), and every class of the tool is plain (no ``str`` base
    anywhere, whose own ``format`` an unset field would fall back to). Whatever was stored there was judged
    where it was made: any ``.format`` read of a run-time template is refused where it is written."""
    named = _named(ctx, owner)
    return len(named) == 1 and _annotates(named[0][1], field) and all(_plain_class(ctx, s) for s in ctx.class_scopes)


def own_field(ctx: Context, scope: Scope | None, receiver: str, field: str) -> bool:
    """``self.format`` in a method of a class that annotates a ``format`` field: see ``data_field``."""
    found = enclosing_method(scope)
    body = found[1].parent if found is not None else None
    owner = body.node if body is not None else None
    return (
        isinstance(owner, ClassDef)
        and _annotates(owner, field)
        and own_object(ctx, scope, receiver)
        and all(_plain_class(ctx, s) for s in ctx.class_scopes)
    )


def _annotates(node: ast.ClassDef, field: str) -> bool:
    return any(isinstance(s.target, Name) and s.target.id == field for s in annotated_statements(node))


# Decorators and bases that set no instance attribute from constructor arguments (a dataclass does, but only
# for annotated fields: a plain class attribute stays a class constant).
_PLAIN_BASES: Final = frozenset(
    {"ABC", "Generic", "Protocol", "object", "Exception", "ValueError", "TypeError", "KeyError"}
)


def lineage_plain(ctx: Context, owner: Scope) -> bool:
    """The class ``owner`` and every class of the tool derived from it are plain: only the tool's own code
    sets their instances' attributes (string.Template's __init__ sets self.template from its argument)."""
    lineage, names = [owner], {getattr(owner.node, "name", "")}
    for _ in range(len(ctx.class_scopes)):
        more = [
            s
            for s in ctx.class_scopes
            if s not in lineage
            and isinstance(s.node, ClassDef)
            and any(head_name(b.value if isinstance(b, Subscript) else b) in names for b in s.node.bases)
        ]
        if not more:
            break
        lineage += more
        names.update(getattr(s.node, "name", "") for s in more)
    return all(_plain_class(ctx, s) for s in lineage)


def _plain_class(ctx: Context, scope: Scope, field: str | None = None) -> bool:
    """A class statement of the tool that makes its instances plainly: no decorators but dataclass (with
    ``field`` not among its fields), no keywords or __new__, bases only its own classes or inert ones."""
    node = scope.node
    if not isinstance(node, ClassDef) or node.keywords or "__new__" in scope.bindings:
        return False
    if not plain_decorators(ctx, scope):
        return False
    annotated = {  # in every block of the body: if x: FIELDS: tuple = (...) is a dataclass field too
        s.target.id
        for s in annotated_statements(node)
        if isinstance(s.target, Name) and not _class_var(ctx, scope, s.annotation)
    }
    if field in annotated:
        return False
    outer = scope.parent
    for base in node.bases:
        if outer is not None and _inert_base(ctx, outer, base):
            if field is not None and _base_has(base, field):  # a constant bound under a false if: Exception.args
                return False
            continue
        if not (isinstance(base, Name) and outer is not None and outer.resolve(base.id).only(Kind.CLASS)):
            return False
    return True


def _inert_base(ctx: Context, outer: Scope, base: ast.expr) -> bool:
    """object or an exception (builtins), ABC, Generic[T], Protocol (from abc or typing), as they are (a
    namespace's attribute called Exception may be str)."""
    head = base.value if isinstance(base, Subscript) else base
    label = head_name(head)
    if label not in _PLAIN_BASES:
        return False
    if isinstance(head, Name) and not ctx.resolve(outer, head.id).bindings:
        return True  # the builtin object, Exception...
    return library_name(head, outer) in (f"abc.{label}", f"typing.{label}")


def _base_has(base: ast.expr, name: str) -> bool:
    """An inert base (by its name: the builtin, abc's or typing's) has an attribute ``name`` of its own."""
    label = head_name(base.value if isinstance(base, Subscript) else base) or ""
    return any(hasattr(getattr(module, label, None), name) for module in (builtins, abc, typing))


def _class_var(ctx: Context, scope: Scope, annotation: ast.AST) -> bool:
    """``x: ClassVar[...]`` with typing's ClassVar: a class attribute the constructor does not set."""
    root = class_var_root(annotation)
    if root is None or ctx.future_annotations:  # a string then: dataclasses looks ClassVar up when it runs,
        return False  # which may be before the import that binds it
    resolution = ctx.resolve(scope.module() if ctx.future_annotations else scope, root.id)  # dataclasses looks
    return len(resolution.bindings) == 1 and (  # a string annotation's ClassVar up in module globals
        resolution.modules() == ["typing"] or resolution.imported() == ["typing.ClassVar"]
    )


def plain_named_class(ctx: Context, scope: Scope, name: str) -> bool:
    """``name`` is only ever a class of the tool, and every class statement so named and every class of the
    tool it derives from is plain (a base's ``__new__`` could return a str built at run time)."""
    if not scope.resolve(name).only(Kind.CLASS):
        return False
    seen: set[str] = set()
    todo = [name]
    while todo:
        current = todo.pop()
        seen.add(current)
        for s, node in _named(ctx, current):
            if not _plain_class(ctx, s):
                return False
            todo += [b.id for b in node.bases if isinstance(b, Name) and b.id not in seen]
    return True


def own_method(ctx: Context, name: str, method: str) -> bool:
    """Every class statement called ``name`` defines ``method`` itself, as an undecorated def at the top of
    its body that nothing else in the body binds or deletes, and nothing stores an attribute of that name."""
    stored = ctx.stored_attributes
    named = _named(ctx, name)
    if not named or method in stored or "*" in stored:
        return False
    for scope, node in named:
        defs = [s for s in node.body if type(s) is FunctionDef and s.name == method and not s.decorator_list]
        if len(defs) != 1 or len(scope.bindings.get(method, ())) != 1:
            return False
    return True


def _named(ctx: Context, name: str) -> list[tuple[Scope, ast.ClassDef]]:
    """Every class statement called ``name``, with its scope."""
    return [(s, s.node) for s in ctx.classes_named(name) if isinstance(s.node, ClassDef)]
