"""Whether the tool hands out one of its classes: then a parameter may hold a class, and a method read on it
runs with anything as self (objects._bound trusts parameters only while this is false).

A class is handed out when its name is used as a value, and through the ways found that need no name:
a classmethod's (or any self-changing decorator's) first parameter, ``type(self)`` kept as a value,
``C[int]`` outside annotations, a nested class (read as ``self.Inner``), ``super()`` kept as a value,
``classmethod`` used other than as a decorator, a class decorator of the tool's own, a class compared with
or used as a key of something of the tool's (its ``__eq__``/``__getitem__`` gets it), an ``__exit__``'s
exception type, and library attributes that hold classes (a Field's ``type``, a singledispatch
``registry``, a warning's ``category``, callbacks ``ExitStack.push`` calls with the exception type).
"""

from __future__ import annotations

import ast
from typing import Final

from genesis_mcp.safety.context import Context, Tag
from genesis_mcp.safety.definitions import decorator_name
from genesis_mcp.safety.names import SELF_DECORATORS
from genesis_mcp.safety.nodes import AsyncFunctionDef, Attribute, Call, ClassDef, FunctionDef, Name
from genesis_mcp.safety.plain_classes import plain_decorators
from genesis_mcp.safety.scopes import Kind, Scope, defining_scope, library_name

__all__ = ["class_value", "classes_as_values", "field_types", "keeps_self", "operand_parameter", "unnamed_channels"]


def classes_as_values(ctx: Context) -> bool:
    """The tool hands out one of its classes (see the module's docstring); worked out again whenever more
    facts were recorded since."""
    key = (  # every fact below only grows
        len(ctx.uses) + len(ctx.class_channels) + len(ctx.subscripted) + len(ctx.class_operands)
        + len(ctx.super_calls) + len(ctx.class_heads) + len(ctx.decorators) + len(ctx.functions)
        + len(ctx.class_scopes)
    )  # fmt: skip
    if ctx.classes_as_values is not None and ctx.classes_as_values[0] == key:
        return ctx.classes_as_values[1]
    positions, heads, decorators = ctx.class_positions, ctx.class_heads, ctx.decorators  # bases: no values
    classes = {s.node.name for s in ctx.class_scopes if isinstance(s.node, ClassDef)}
    found = (
        _class_channels(ctx)  # super() kept, an __exit__'s type and nested classes among them
        or _class_statements(ctx)
        or any(
            (name in classes and scope.resolve(name).only(Kind.CLASS)) or operand_parameter(scope, name)
            for name, scope in (*ctx.subscripted, *ctx.class_operands)
        )
        or any(
            (tag is Tag.VALUE and id(node) not in positions and class_value(scope, name))
            or (tag is Tag.TYPE_SELF and id(node) not in heads)
            or (name == "classmethod" and id(node) not in decorators and scope.resolve(name).may_be_builtin)
            for tag, name, scope, node, _extra in ctx.uses
        )
    )
    ctx.classes_as_values = (key, found)
    return found


def _class_statements(ctx: Context) -> bool:
    """A class decorated by anything but decorators that return it unchanged (a decorator of the tool's gets
    the class); nested classes are among the unnamed channels."""
    return not all(plain_decorators(ctx, s) for s in ctx.class_scopes)


def _nested_classes(ctx: Context) -> bool:
    return any(s.parent is not None and s.parent.kind == "class" for s in ctx.class_scopes)


def _exit_types(ctx: Context) -> bool:
    """An ``__exit__``/``__aexit__`` that does more with its exception type than compare it."""
    for name in ("__exit__", "__aexit__"):
        if any(b.kind is not Kind.DEF for s in ctx.class_scopes for b in s.bindings.get(name, ())):
            return True  # __exit__ = leave: whatever that does with the type
        for function, _scope in ctx.functions.get(name, []):
            if function.decorator_list:  # a staticmethod's type comes first; a decorator may pass it anywhere
                return True
            positional = [*function.args.posonlyargs, *function.args.args]
            given = positional[1].arg if len(positional) > 1 else None
            if given is None or function.args.vararg is not None:
                if function.args.vararg is not None:
                    return True
                continue
            for tag, used, scope, node, _extra in ctx.uses:  # issubclass(exc_type, KeyError) only looks at it
                handed = tag in _HANDING and id(node) not in ctx.read_only
                if used == given and handed and defining_scope(scope, used).node is function:
                    return True
            # exc_type != probe: the probe's __ne__ gets it (not `is`); exc_type[int]: an alias that reads
            # attributes off the class (GenericAlias, typing's)
            for used, scope in (*ctx.class_operands, *ctx.subscripted):
                if used == given and defining_scope(scope, used).node is function:
                    return True
    return False


_HANDING: Final = frozenset({Tag.VALUE, Tag.CHAIN, Tag.CALLEE})


def operand_parameter(scope: Scope, name: str) -> bool:
    """cls of a classmethod (or __new__'s first parameter), used as an operand: Table()[cls], cls == probe."""
    return not scope.resolve(name).only(Kind.CLASS) and class_value(scope, name)


def class_value(scope: Scope, name: str) -> bool:
    """``name`` holds a class of the tool: a class statement's name, or the first parameter of a
    classmethod, ``__new__`` or any method whose decorators may not keep it an object, whatever it is called
    (``def kind(klass): return klass``)."""
    resolution = scope.resolve(name)
    if resolution.only(Kind.CLASS):
        return True
    if name == "cls":
        return True
    where = defining_scope(scope, name)  # the def whose parameter it is, wherever it is read
    function = where.node
    if not resolution.only(Kind.PARAM) or not isinstance(function, FunctionDef | AsyncFunctionDef):
        return False
    first = function.args.posonlyargs[:1] or function.args.args[:1]
    if not first or first[0].arg != name or where.parent is None or where.parent.kind != "class":
        return False
    body = where.parent
    return function.name == "__new__" or any(
        not _builtin_staticmethod(d, body) and not keeps_self(d, body) for d in function.decorator_list
    )


def _builtin_staticmethod(decorator: ast.expr, where: Scope) -> bool:
    """``@staticmethod`` as the builtin (abc.abstractclassmethod imported under that name passes a class)."""
    named = isinstance(decorator, Name) and decorator.id == "staticmethod"
    return named and not where.resolve("staticmethod").bindings


def _class_channels(ctx: Context) -> bool:
    """The tool's classes reach values without their names: ``fields(obj)[0].type`` (an annotation), or
    one of the unnamed channels."""
    return field_types(ctx) or unnamed_channels(ctx)


def field_types(ctx: Context) -> bool:
    """``fields(obj)[0].type``: the annotation of a dataclass field, a class of the tool maybe."""
    return "type" in ctx.class_channels and "dataclasses" in ctx.modules_used


def unnamed_channels(ctx: Context) -> bool:
    """Channels that hand out some class of the tool, never saying which: a singledispatch function's
    ``registry``/``dispatch()`` (classes registered by annotation), a recorded warning's ``category``, what
    ``ExitStack.push`` calls with an exception type, an ``__exit__`` handing its type on, an exception
    group's ``split`` (``except*`` gives it classes), a ``throw`` contextlib calls with an exception type,
    ``super()`` kept, and a class nested in a class body (read as ``self.Inner``)."""
    read, used = ctx.class_channels, ctx.modules_used
    return (
        (bool(read & _REGISTRY) and "functools" in used)
        or ("category" in read and "warnings" in used)
        or (bool(read & {"push", "push_async_exit"}) and "contextlib" in used)
        or _exit_types(ctx)
        or _group_split(ctx)
        or ("contextlib" in used and _throws(ctx))
        or any(id(call) not in ctx.class_heads for call in ctx.super_calls)  # s = super(); s.m(anything)
        or _nested_classes(ctx)
    )


_REGISTRY: Final = frozenset({"registry", "dispatch"})
_GROUP_METHODS: Final = frozenset({"split", "subgroup", "derive"})
_THROWS: Final = frozenset({"throw", "athrow"})


def _throws(ctx: Context) -> bool:
    """An attribute ``throw``/``athrow`` the tool defines or sets: a @contextmanager's ``__exit__`` calls
    ``gen.throw(type, value, tb)`` on what the function returned, or on the iterator its generator delegates
    to with ``yield from``, with the class of the exception."""
    return stored_as(ctx, _THROWS) or _class_binds(ctx, _THROWS)


def _group_split(ctx: Context) -> bool:
    """``split``, ``subgroup`` or ``derive`` defined by a class of the tool where some class derives from an
    exception group, or set on an object in a tool with ``except*``, which calls the group's ``split`` with
    the classes its clauses name."""
    groups = any(  # the builtins ExceptionGroup and BaseExceptionGroup: a base is a name (class_rules)
        isinstance(s.node, ClassDef)
        and any(isinstance(b, Name) and b.id.endswith("ExceptionGroup") for b in s.node.bases)
        for s in ctx.class_scopes
    )
    if groups and _class_binds(ctx, _GROUP_METHODS):
        return True
    # except* makes a group of what it catches itself (asyncio's TaskGroup raises one too): no name needed
    return stored_as(ctx, _GROUP_METHODS) and "except*" in ctx.class_channels


def _class_binds(ctx: Context, names: frozenset[str]) -> bool:
    """A class body of the tool binds one of ``names`` (a def, an alias, an annotation)."""
    return any(not names.isdisjoint(s.bindings) for s in ctx.class_scopes)


def stored_as(ctx: Context, names: frozenset[str]) -> bool:
    """An attribute stored by one of ``names``, or by a run-time name that may be one (``"thr" + k``)."""
    for key in ctx.stored_attributes:
        if key in names or (len(key) > 1 and key[-1] == "*" and any(n.startswith(key[:-1]) for n in names)):
            return True
    return False


_PROPERTY_PARTS: Final = frozenset({"setter", "getter", "deleter"})


def keeps_self(decorator: ast.expr, where: Scope) -> bool:
    """A method decorator that keeps its first parameter the object it is called on: the builtin property
    (and its setter/getter/deleter), functools' cached_property/lru_cache/cache, abc's abstractmethod, as
    imported from there (a function of the tool named cache could return classmethod(f))."""
    head = decorator.func if isinstance(decorator, Call) else decorator
    if isinstance(head, Name) and head.id == "property":
        return not where.resolve("property").bindings
    if isinstance(head, Attribute) and isinstance(head.value, Name) and head.attr in _PROPERTY_PARTS:
        return _property_of(where, head.value.id)  # @x.setter on the property x of this class
    label = decorator_name(head)
    return label in SELF_DECORATORS and library_name(head, where) in (f"functools.{label}", f"abc.{label}")


def _property_of(where: Scope, name: str) -> bool:
    """``name`` is bound in this class body only by defs decorated with the builtin property, or with
    ``name.setter``/``getter``/``deleter`` of that same property (x could be anything with a .setter)."""
    node = where.node
    bindings = where.bindings.get(name, [])
    if not isinstance(node, ClassDef) or not bindings or any(b.kind is not Kind.DEF for b in bindings):
        return False
    defs = [s for s in node.body if isinstance(s, FunctionDef | AsyncFunctionDef) and s.name == name]
    if len(defs) != len(bindings) or where.resolve("property").bindings:
        return False
    for position, function in enumerate(defs):
        if len(function.decorator_list) != 1:
            return False
        decorator = function.decorator_list[0]
        plain = isinstance(decorator, Name) and decorator.id == "property"
        chained = (
            isinstance(decorator, Attribute)
            and decorator.attr in ("setter", "getter", "deleter")
            and isinstance(decorator.value, Name)
            and decorator.value.id == name
        )
        if not (plain if position == 0 else plain or chained):
            return False
    return True
