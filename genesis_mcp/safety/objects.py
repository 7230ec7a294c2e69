"""Which names surely hold objects of the tool's own classes (for templates.py and class_rules.py).

``type(self)`` is the tool's own class only while ``self`` is surely an object: the first parameter of a
method whose decorators keep it so, never read off a class or a parameter that may hold one. Which classes
make plain objects when called is in ``plain_classes.py``.
"""

from __future__ import annotations

import ast

from genesis_mcp.safety.attributes import decorator_name
from genesis_mcp.safety.context import Chain, Context, Tag
from genesis_mcp.safety.names import SELF_DECORATORS
from genesis_mcp.safety.plain_classes import makes_objects
from genesis_mcp.safety.scopes import Kind, Scope, defining_scope, enclosing_method, library_name, source_scopes

__all__ = [
    "class_parameter",
    "keeps_self",
    "method_self",
    "own_object",
]

_CHAIN = Tag.CHAIN


def own_object(ctx: Context, scope: Scope | None, receiver: str) -> bool:
    """``receiver`` is surely an object of the tool's own class: the first parameter of a method, never
    rebound, and the method never reached through its class (``Class.method(other)`` would make it any
    object) except as ``Class.method(self, ...)``."""
    found = enclosing_method(scope)
    if found is None or scope is None:
        return False
    function, method_scope = found
    body = method_scope.parent
    assert body is not None
    if not (
        function.args.args
        and function.args.args[0].arg == receiver
        and not _implicitly_static(function.name)
        and all(keeps_self(d, body) for d in function.decorator_list)
        and scope.resolve(receiver).only(Kind.PARAM)
        and all(_bound(ctx, base, where) for name, base, where in ctx.attribute_loads if name in (function.name, "*"))
    ):
        return False
    for _tag, name, scope_, _node, _extra in ctx.uses:  # kind_of = kind in the class body: an alias to call
        if name == function.name and scope_ is body:
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
        if not (isinstance(given, ast.Name) and given.id in ("self", "cls")):
            return False
    return True


def _classes_as_values(ctx: Context) -> bool:
    """The tool uses one of its classes (or a classmethod's first parameter, or type(self)) as a value:
    assigned, passed, returned or stored (``kls = type(self); kls.m(kls)`` calls m with a class as self),
    subscripted (``Reader[int].m`` is the class's function), or reads it through a library attribute."""
    key = len(ctx.uses) + len(ctx.class_channels) + len(ctx.subscripted)  # facts only grow
    if ctx.classes_as_values is not None and ctx.classes_as_values[0] == key:
        return ctx.classes_as_values[1]
    positions, heads = ctx.class_positions, ctx.class_heads  # base classes are no values
    classes = {s.node.name for s in ctx.class_scopes if isinstance(s.node, ast.ClassDef)}
    found = (
        _class_channels(ctx)
        or any(name in classes and scope.resolve(name).only(Kind.CLASS) for name, scope in ctx.subscripted)
        or any(
            (tag is Tag.VALUE and id(node) not in positions and _class_value(scope, name))
            or (tag is Tag.TYPE_SELF and id(node) not in heads)
            for tag, name, scope, node, _extra in ctx.uses
        )
    )
    ctx.classes_as_values = (key, found)
    return found


def _class_value(scope: Scope, name: str) -> bool:
    """``name`` holds a class of the tool: a class statement's name, or the first parameter of a
    classmethod or ``__new__`` whatever it is called (``def kind(klass): return klass``)."""
    resolution = scope.resolve(name)
    if resolution.only(Kind.CLASS):
        return True
    if name == "cls":
        return True
    where = defining_scope(scope, name)  # the def whose parameter it is, wherever it is read
    function = where.node
    if not resolution.only(Kind.PARAM) or not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
        return False
    first = function.args.posonlyargs[:1] or function.args.args[:1]
    if not first or first[0].arg != name:
        return False
    return function.name == "__new__" or any(decorator_name(d) == "classmethod" for d in function.decorator_list)


def _class_channels(ctx: Context) -> bool:
    """The tool's classes reach values without their names: ``fields(obj)[0].type`` (an annotation) or a
    singledispatch function's ``registry``/``dispatch()`` (classes registered by annotation)."""
    read, used = ctx.class_channels, ctx.modules_used
    fields = "type" in read and "dataclasses" in used
    dispatch = bool(read & _REGISTRY) and "functools" in used
    return fields or dispatch


_REGISTRY = frozenset({"registry", "dispatch"})


def _implicitly_static(name: str) -> bool:
    """Methods Python or Enum call with something else first: __new__ gets the class, an Enum's _missing_
    and _generate_next_value_ (sunder names) the value."""
    return name == "__new__" or (name[:1] == "_" and name[-1:] == "_" and name[1:2] != "_")


_PROPERTY_PARTS = frozenset({"setter", "getter", "deleter"})


def keeps_self(decorator: ast.expr, where: Scope) -> bool:
    """A method decorator that keeps its first parameter the object it is called on: the builtin property
    (and its setter/getter/deleter), functools' cached_property/lru_cache/cache, abc's abstractmethod, as
    imported from there (a function of the tool named cache could return classmethod(f))."""
    head = decorator.func if isinstance(decorator, ast.Call) else decorator
    if isinstance(head, ast.Name) and head.id == "property":
        return not where.resolve("property").bindings
    if isinstance(head, ast.Attribute) and isinstance(head.value, ast.Name) and head.attr in _PROPERTY_PARTS:
        return _property_of(where, head.value.id)  # @x.setter on the property x of this class
    label = decorator_name(head)
    return label in SELF_DECORATORS and library_name(head, where) in (f"functools.{label}", f"abc.{label}")


def _property_of(where: Scope, name: str) -> bool:
    """``name`` is bound in this class body only by defs decorated with the builtin property, or with
    ``name.setter``/``getter``/``deleter`` of that same property (x could be anything with a .setter)."""
    node = where.node
    bindings = where.bindings.get(name, [])
    if not isinstance(node, ast.ClassDef) or not bindings or any(b.kind is not Kind.DEF for b in bindings):
        return False
    defs = [s for s in node.body if isinstance(s, ast.FunctionDef | ast.AsyncFunctionDef) and s.name == name]
    if len(defs) != len(bindings) or where.resolve("property").bindings:
        return False
    for position, function in enumerate(defs):
        if len(function.decorator_list) != 1:
            return False
        decorator = function.decorator_list[0]
        plain = isinstance(decorator, ast.Name) and decorator.id == "property"
        chained = (
            isinstance(decorator, ast.Attribute)
            and decorator.attr in ("setter", "getter", "deleter")
            and isinstance(decorator.value, ast.Name)
            and decorator.value.id == name
        )
        if not (plain if position == 0 else plain or chained):
            return False
    return True


def _only_classmethod(function: ast.FunctionDef | ast.AsyncFunctionDef, where: Scope | None) -> bool:
    """Decorated with the builtin classmethod and nothing else."""
    decorators = function.decorator_list
    only = len(decorators) == 1 and isinstance(decorators[0], ast.Name) and decorators[0].id == "classmethod"
    return only and where is not None and not where.resolve("classmethod").bindings


def class_parameter(scope: Scope | None) -> bool:
    """``scope`` is (in) a classmethod whose first parameter is ``cls``: cls is the class it is called on."""
    found = enclosing_method(scope)
    if found is None:
        return False
    function, method_scope = found
    return (
        bool(function.args.args)
        and function.args.args[0].arg == "cls"
        and _only_classmethod(function, method_scope.parent)
        and method_scope.resolve("cls").only(Kind.PARAM)
    )


def _bound(ctx: Context, base: ast.AST, scope: Scope) -> bool:
    """``base.method`` is bound to an object, not read on a class (where it is a plain function callable with
    any object as self): base is not cls, a name that holds a class (directly, through an alias or a loop
    over classes), or an expression that may give a class ((C or C), copy.copy(C), next(iter([C]))); a call
    counts only as a constructor of a plain class of the tool. A parameter is taken for an object."""
    if isinstance(base, ast.Call):
        func = base.func
        if base.args and _library_copy(ctx, scope, func):  # copy.deepcopy(v).scaled(): a copy of v, or v itself
            return _bound(ctx, base.args[0], scope)
        if isinstance(func, ast.Name):
            if func.id == "super":  # in a classmethod, super().m is the plain function: any object is its self
                return not base.args and not class_parameter(scope) and _in_plain_method(scope)
            return makes_objects(ctx, scope, func.id)  # Money(1).add(...): a new object
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
            return _factory(ctx, scope, func.value.id, func.attr)  # Version.parse(s).bump(): cls(...) made it
        return False
    if not isinstance(base, ast.Name) or base.id == "cls":
        return False
    # A class handed around as a value (helper(Base), default_factory=Config, {"a": A}) may reach any
    # parameter: only a method's own self is then surely an object.
    own_self = base.id == "self" and method_self(scope)
    loose = _classes_as_values(ctx)  # then only names surely made as objects are objects
    if not own_self and _classes_as_values(ctx) and any(b.kind is Kind.PARAM for b in scope.resolve(base.id).bindings):
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


_COPY_FUNCTIONS = frozenset({"copy.copy", "copy.deepcopy", "dataclasses.replace"})


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
        and bool(function.args.args)
        and function.args.args[0].arg == "self"
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
        if not (isinstance(where.node, ast.ClassDef) and where.node.name == owner):
            continue
        if not _only_classmethod(function, where) or not function.args.args:
            return False
        first = function.args.args[0].arg
        for node in ast.walk(function):
            made = node.value if isinstance(node, ast.Return) else None
            if isinstance(node, ast.Return) and not (
                isinstance(made, ast.Call) and isinstance(made.func, ast.Name) and made.func.id == first
            ):
                return False
        found = True
    return found


def _first_attribute(node: ast.AST) -> str | None:
    while isinstance(node, ast.Attribute) and isinstance(node.value, ast.Attribute):
        node = node.value
    return node.attr if isinstance(node, ast.Attribute) else None
