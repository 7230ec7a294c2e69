"""Which names surely hold objects of the tool's own classes (for templates.py and class_rules.py).

``type(self)`` is the tool's own class only while ``self`` is surely an object: the first parameter of a
method whose decorators keep it so, never read off a class or a parameter that may hold one. Which classes
make plain objects when called is in ``plain_classes.py``.
"""

from __future__ import annotations

import ast
from typing import Final

from genesis_mcp.safety.context import Chain, Context, Tag
from genesis_mcp.safety.enum_rules import enum_member
from genesis_mcp.safety.handed_out import class_value, classes_as_values, keeps_self
from genesis_mcp.safety.nodes import Attribute, Call, ClassDef, Name, Return, descendants
from genesis_mcp.safety.plain_classes import makes_objects, rebinds
from genesis_mcp.safety.reachable import library_overrides, library_reachable
from genesis_mcp.safety.scopes import Kind, Scope, enclosing_method, library_name, source_scopes

__all__ = [
    "class_parameter",
    "keeps_self",
    "method_self",
    "own_object",
]

_CHAIN: Final = Tag.CHAIN


def own_object(ctx: Context, scope: Scope | None, receiver: str, ignore: ast.AST | None = None) -> bool:
    """``receiver`` is surely an object of the tool's own class: the first parameter of a method, never
    rebound, and the method never reached through its class (``Class.method(other)`` would make it any
    object) except as ``Class.method(self, ...)``."""
    found = enclosing_method(scope)
    if found is None or scope is None:
        return False
    function, method_scope = found
    if id(function) in ctx.owning:
        return True  # already being worked out further up: a cycle of methods calling each other
    ctx.owning.add(id(function))
    try:
        return _own_object(ctx, scope, receiver, ignore, function, method_scope)
    finally:
        ctx.owning.discard(id(function))


def _own_object(
    ctx: Context,
    scope: Scope,
    receiver: str,
    ignore: ast.AST | None,
    function: ast.FunctionDef | ast.AsyncFunctionDef,
    method_scope: Scope,
) -> bool:
    body = method_scope.parent
    assert body is not None
    if not (
        _first_parameter(function.args, receiver)
        and not _implicitly_static(function.name)
        and all(keeps_self(d, body) for d in function.decorator_list)
        and scope.resolve(receiver).only(Kind.PARAM)
        and all(
            _bound(ctx, base, where)
            for name, base, where in ctx.attribute_loads
            if name in (function.name, "*") and base is not ignore  # ignore: Base.m(self) itself, a library's
        )
    ):
        return False
    if isinstance(body.node, ClassDef) and body.node.name in library_reachable(ctx):
        return False  # its class reaches library code as a value, which calls methods through it
    if function.name in library_overrides(ctx):
        return False  # a library base's classmethod calls it through the class with its own arguments
    for _tag, name, scope_, _node, _extra in ctx.uses:  # kind_of = kind in the class body: an alias to call
        if name == function.name and scope_ is body:
            return False
    # self.m() in another method is bound to that method's self: an object only if that one's is
    if not all(own_object(ctx, reader, "self") for reader in ctx.self_reads.get(function.name, ())):
        return False
    for tag, name, scope_, _node, extra in ctx.uses:
        if tag is not _CHAIN or not scope_.resolve(name).only(Kind.CLASS):
            continue
        outer, _store, call = extra if isinstance(extra, tuple) else (None, False, None)
        given_names = extra.attributes if isinstance(extra, Chain) else []
        first = _first_attribute(outer) if outer is not None else (given_names[0][0] if given_names else None)
        if first != function.name:
            continue
        given = call.args[0] if call is not None and call.args and outer is not None and outer.attr == first else None
        if not (isinstance(given, Name) and given.id in ("self", "cls")):
            return False
    return True


def _first_parameter(arguments: ast.arguments, name: str, default: bool = False) -> bool:
    """The first parameter is ``name``, the one Python binds to what the method is called on: not after a
    positional-only one (def m(this, /, self)), nor with a default unless ``default`` (def close(self=int):
    library code calling C.close() through the class gives self that default; a classmethod's cls always
    gets its class)."""
    return (
        bool(arguments.args)
        and not arguments.posonlyargs
        and arguments.args[0].arg == name
        and (default or len(arguments.defaults) < len(arguments.args))
    )


def _implicitly_static(name: str) -> bool:
    """Methods Python or Enum call with something else first: __new__ gets the class, an Enum's _missing_
    and _generate_next_value_ (sunder names) the value."""
    return name == "__new__" or (name[:1] == "_" and name[-1:] == "_" and name[1:2] != "_")


def _only_classmethod(function: ast.FunctionDef | ast.AsyncFunctionDef, where: Scope | None) -> bool:
    """Decorated with the builtin classmethod and nothing else."""
    decorators = function.decorator_list
    only = len(decorators) == 1 and isinstance(decorators[0], Name) and decorators[0].id == "classmethod"
    return only and where is not None and not where.resolve("classmethod").bindings


def class_parameter(scope: Scope | None) -> bool:
    """``scope`` is (in) a classmethod whose first parameter is ``cls``: cls is the class it is called on."""
    found = enclosing_method(scope)
    if found is None:
        return False
    function, method_scope = found
    return (
        _first_parameter(function.args, "cls", default=True)
        and _only_classmethod(function, method_scope.parent)
        and method_scope.resolve("cls").only(Kind.PARAM)
    )


def _bound(ctx: Context, base: ast.AST, scope: Scope) -> bool:
    """``base.method`` is bound to an object, not read on a class (where it is a plain function callable with
    any object as self): base is not cls, a name that holds a class (directly, through an alias or a loop
    over classes), or an expression that may give a class ((C or C), copy.copy(C), next(iter([C]))); a call
    counts only as a constructor of a plain class of the tool. A parameter is taken for an object."""
    if isinstance(base, Call):
        func = base.func
        if base.args and _library_copy(ctx, scope, func):  # copy.deepcopy(v).scaled(): a copy of v, or v itself
            return _bound(ctx, base.args[0], scope)
        if isinstance(func, Name):
            if func.id == "super":  # in a classmethod, super().m is the plain function: any object is its self
                in_method = not base.args and not class_parameter(scope) and _in_plain_method(scope)
                return in_method and own_object(ctx, scope, "self")  # Sub.go(Sub): super(Sub, Sub).m, plain
            return makes_objects(ctx, scope, func.id)  # Money(1).add(...): a new object
        if isinstance(func, Attribute) and isinstance(func.value, Name):
            return _factory(ctx, scope, func.value.id, func.attr)  # Version.parse(s).bump(): cls(...) made it
        return False
    if isinstance(base, Attribute) and isinstance(base.value, Name):  # Color.RED.describe()
        return enum_member(ctx, scope, base.value.id, base.attr)
    if not isinstance(base, Name) or class_value(scope, base.id):  # cls, klass of a classmethod, __new__'s
        return False
    # A class handed around as a value (helper(Base), default_factory=Config, {"a": A}) may reach any
    # parameter: only a method's own self is then surely an object.
    own_self = base.id == "self" and method_self(scope)
    if own_self and scope.resolve("self").only(Kind.PARAM):
        return own_object(ctx, scope, "self")  # getattr(self, k): bound as self is (a cycle counts as bound)
    loose = classes_as_values(ctx)  # then only names surely made as objects are objects
    if not own_self and classes_as_values(ctx) and any(b.kind is Kind.PARAM for b in scope.resolve(base.id).bindings):
        return False
    pending, seen = [(base.id, scope)], set[tuple[str, int]]()
    while pending:
        name, where = pending.pop()
        name = name.rstrip("+")  # x = C or D: made from C (and D)
        if (name, id(where)) in seen:
            continue
        if len(seen) > 8:
            return False  # too long a chain to follow: not surely an object
        seen.add((name, id(where)))
        if name.endswith("()"):  # made by Owner.method(...): an object if a classmethod factory made it
            owner, _, method = name[:-2].partition(".")
            if not _factory(ctx, where, owner, method):
                pending.append((owner, where))
            continue
        plain = name.partition(".#")[0].partition(".@")[0]
        sources = source_scopes(where, plain)  # what a binding was made from means what it meant there
        for binding in where.resolve(plain).bindings:
            if binding.kind is Kind.CLASS:
                return False
            if binding.kind in (Kind.DERIVED, Kind.ITEM) and binding.target:
                pending.extend((binding.target, s) for s in sources)
            elif binding.kind is Kind.NAMES:  # for C in CLASSES / TABLE["a"]: each name it holds
                pending.extend((n, s) for n in binding.target.split(",") for s in sources)
            elif loose and not (
                binding.kind is Kind.INSTANCE and all(makes_objects(ctx, s, binding.target) for s in sources)
            ):
                return False  # holder = [Base][0]: anything, a class among others
    return True


_COPY_FUNCTIONS: Final = frozenset({"copy.copy", "copy.deepcopy", "dataclasses.replace"})


def _library_copy(ctx: Context, scope: Scope, func: ast.AST) -> bool:
    """copy.copy, copy.deepcopy or dataclasses.replace, as imported from their modules."""
    return library_name(func, scope) in _COPY_FUNCTIONS


def method_self(scope: Scope | None) -> bool:
    """``self`` here is the first parameter of (a comprehension in) a method whose decorators keep it the
    object the method is called on, never rebound."""
    found = enclosing_method(scope)
    if found is None or scope is None:
        return False
    function = found[0]
    return (
        _in_plain_method(scope)
        and _first_parameter(function.args, "self")
        and function.name != "__new__"
        and scope.resolve("self").only(Kind.PARAM)
    )


def _in_plain_method(scope: Scope | None) -> bool:
    """``scope`` is (in) a method whose decorators keep its first parameter the object it is called on."""
    found = enclosing_method(scope)
    if found is None:
        return False
    function, method_scope = found
    body = method_scope.parent
    return body is not None and all(keeps_self(d, body) for d in function.decorator_list)


def _factory(ctx: Context, scope: Scope, owner: str, method: str) -> bool:
    """``Owner.method(...)`` surely makes an object: a classmethod of a plain tool class whose every return
    is ``cls(...)``."""
    if not makes_objects(ctx, scope, owner):
        return False
    found = False
    for function, where in ctx.functions.get(method, []):
        if not (isinstance(where.node, ClassDef) and where.node.name == owner):
            continue
        if not _only_classmethod(function, where) or not function.args.args or function.args.posonlyargs:
            return False
        first = function.args.args[0].arg
        if rebinds(function, first):  # cls = maker; return cls(): not the class the call was made on
            return False
        for node in descendants(function):
            made = node.value if isinstance(node, Return) else None
            if isinstance(node, Return) and not (
                isinstance(made, Call) and isinstance(made.func, Name) and made.func.id == first
            ):
                return False
        found = True
    return found


def _first_attribute(node: ast.AST) -> str | None:
    while isinstance(node, Attribute) and isinstance(node.value, Attribute):
        node = node.value
    return node.attr if isinstance(node, Attribute) else None
