"""Which classes are plain: calling one makes an object of it.

A class is plain when its decorators return it unchanged (dataclass, total_ordering, final,
runtime_checkable, unique, as imported) and no __new__ of it or its bases returns anything but a new object;
a builtin class is plain when the name is not rebound.
"""

from __future__ import annotations

import ast
from typing import Final

from genesis_mcp.safety.context import Context
from genesis_mcp.safety.names import BUILTIN_CLASSES
from genesis_mcp.safety.nodes import (
    Assign,
    AsyncFunctionDef,
    Attribute,
    Call,
    ClassDef,
    ExceptHandler,
    FunctionDef,
    Global,
    Lambda,
    Load,
    MatchAs,
    MatchMapping,
    MatchStar,
    Name,
    Nonlocal,
    Return,
    Yield,
    YieldFrom,
    child_nodes,
    descendants,
)
from genesis_mcp.safety.scopes import Kind, Scope, library_name

__all__ = [
    "builtin_class",
    "decorated_only_plainly",
    "makes_objects",
    "names_its_class",
    "new_makes_objects",
    "plain_class_name",
    "plain_decorators",
    "rebinds",
]


def builtin_class(name: str) -> bool:
    """A builtin name that is a class: object, dict, Exception, ValueError..."""
    return name in BUILTIN_CLASSES or name.endswith(("Error", "Exception", "Warning")) or name == "BaseException"


def makes_objects(ctx: Context, scope: Scope, name: str) -> bool:
    """Calling ``name`` makes an object of it: a tool class with no __new__ and no decorator but dataclass or
    total_ordering-like ones (its bases do not matter: metaclasses that could change a call are not allowed)."""
    return plain_class_name(ctx, scope, name)


def new_makes_objects(ctx: Context, name: str) -> bool:
    """What the class named ``name`` makes, its own ``__new__`` or its tool bases', is an object of it."""
    return _new_makes_objects(ctx, name, 0)


def _new_makes_objects(ctx: Context, name: str, depth: int) -> bool:
    """The class and its bases of the tool have no __new__, or one whose every return is
    ``super().__new__(cls, ...)`` or ``tuple.__new__(cls, ...)``-style: an object of the class."""
    classes = ctx.classes_named(name)
    if depth > 4:
        return False
    for function, owner in ctx.functions.get("__new__", []):
        if any(owner is c for c in classes) and not _returns_new_object(ctx, function, owner):
            return False
    if any(b.kind is not Kind.DEF for c in classes for b in c.bindings.get("__new__", [])):
        return False  # __new__ = f in the class body: anything it returns
    for c in classes:
        assert isinstance(c.node, ClassDef)
        bases = [b.id for b in c.node.bases if isinstance(b, Name)]
        own = [b for b in bases if c.parent is not None and c.parent.resolve(b).only(Kind.CLASS)]
        if not all(_new_makes_objects(ctx, base, depth + 1) for base in own):
            return False
    return True


def _returns_new_object(ctx: Context, function: ast.FunctionDef | ast.AsyncFunctionDef, owner: Scope) -> bool:
    """Every return is ``super().__new__(cls, ...)``/``object.__new__(cls)``-style, or a name the function
    binds only to that (``obj = object.__new__(cls); obj._value_ = v; return obj``, as Enum's docs do)."""
    if function.decorator_list or not function.args.args or function.args.posonlyargs:
        return False
    first = function.args.args[0].arg
    nodes = _own_nodes(function)
    if first in _bound_names(nodes) or first in _declared_anywhere(function):
        return False
    bound = _bound_names(nodes)
    local = set(bound) | _declared_anywhere(function)  # class object(Maker) inside __new__ is not the builtin
    made_names: dict[str, int] = {}
    for node in nodes:
        if not isinstance(node, Assign) or len(node.targets) != 1:
            continue
        target = node.targets[0]
        if isinstance(target, Name) and _new_object(ctx, node.value, first, owner, local):
            made_names[target.id] = made_names.get(target.id, 0) + 1
    returns = [n.value for n in nodes if isinstance(n, Return)]
    for made in returns:
        if isinstance(made, Name) and made.id in made_names:
            if bound.count(made.id) != made_names[made.id] or made.id in _declared_anywhere(function):
                return False
        elif made is None or not _new_object(ctx, made, first, owner, local):
            return False
    return bool(returns)


def _new_object(ctx: Context, made: ast.expr, first: str, owner: Scope, local: set[str]) -> bool:
    """``super().__new__(cls, ...)`` or ``object.__new__(cls)`` (a builtin class, bound nowhere: not in the
    function, ``local``, nor around it; super() itself is checked as a trusted builtin)."""
    if not (isinstance(made, Call) and isinstance(made.func, Attribute) and made.func.attr == "__new__"):
        return False
    receiver, given = made.func.value, made.args[0] if made.args else None
    named = receiver.id if isinstance(receiver, Name) else ""
    by_builtin = builtin_class(named) and named not in local and not ctx.resolve(owner, named).bindings
    super_call = _is_super(receiver) and "super" not in local
    return (super_call or by_builtin) and isinstance(given, Name) and given.id == first


def rebinds(function: ast.FunctionDef | ast.AsyncFunctionDef, name: str) -> bool:
    """The function (or a function nested in it, through nonlocal) binds ``name`` anew."""
    return name in _bound_names(_own_nodes(function)) or name in _declared_anywhere(function)


def _declared_anywhere(function: ast.FunctionDef | ast.AsyncFunctionDef) -> set[str]:
    """Names a nested function declares nonlocal (or global): it may rebind them in this one."""
    return {n for node in descendants(function) if isinstance(node, Nonlocal | Global) for n in node.names}


def _is_super(node: ast.AST) -> bool:
    return isinstance(node, Call) and isinstance(node.func, Name) and node.func.id == "super" and not node.args


# Class decorators that return the class they are given (typing.final and runtime_checkable set a flag on it).
_PLAIN_DECORATOR_NAMES: Final = frozenset(
    {"dataclasses.dataclass", "functools.total_ordering", "typing.final", "typing.runtime_checkable", "enum.unique"}
)


def plain_decorators(ctx: Context, scope: Scope) -> bool:
    """A class statement's decorators all return the class itself: dataclass(...) and total_ordering, as
    imported from their modules (a function of the tool named dataclass could return anything)."""
    node, outer = scope.node, scope.parent
    if not isinstance(node, ClassDef) or outer is None:
        return False
    for decorator in node.decorator_list:
        head = decorator.func if isinstance(decorator, Call) else decorator
        if library_name(head, outer) not in _PLAIN_DECORATOR_NAMES:
            return False
    return True


def made_by_dataclass(scope: Scope) -> bool:
    """A class statement whose first decorator to run (the last written) is dataclasses' own: it takes each
    ``field(...)`` of the body in as one of its fields before anything else sees the class (any other class
    keeps the Field as an attribute, to be renamed)."""
    node, outer = scope.node, scope.parent
    if not isinstance(node, ClassDef) or outer is None or not node.decorator_list:
        return False
    first = node.decorator_list[-1]
    return library_name(first.func if isinstance(first, Call) else first, outer) == "dataclasses.dataclass"


def decorated_only_plainly(ctx: Context, scope: Scope, name: str) -> bool:
    """Every class statement bound to ``name`` has only decorators that return the class itself."""
    named = ctx.classes_named(name)
    return bool(named) and all(plain_decorators(ctx, s) for s in named)


def names_its_class(ctx: Context, name: str) -> bool:
    """Every class statement bound to ``name`` leaves the name bound to the class it made: its decorators
    are dataclass/total_ordering or functions of the tool that return what they get (``@register("csv")``
    whose inner function ends ``return cls``). Such a decorator has the class (a class handed out), but the
    name is still that class, with the bases its statement names."""
    named = ctx.classes_named(name)
    return bool(named) and all(
        plain_decorators(ctx, s) or all(_returns_argument(ctx, d, s.parent) for d in s.node.decorator_list)  # type: ignore[union-attr]
        for s in named
    )


def _returns_argument(ctx: Context, decorator: ast.expr, scope: Scope | None) -> bool:
    """``@deco`` or ``@deco(...)``: deco is only ever a def of the tool that returns its first parameter (or,
    called, returns only a def nested in it, bound once and nowhere else, that does)."""
    called = isinstance(decorator, Call)
    head = decorator.func if isinstance(decorator, Call) else decorator
    if scope is None or not isinstance(head, Name):
        return False
    bindings = scope.resolve(head.id).bindings
    defs = [f for f, _where in ctx.functions.get(head.id, ())]
    if not bindings or any(b.kind is not Kind.DEF for b in bindings) or len(defs) != len(bindings):
        return False
    for function in defs:
        if function.decorator_list:
            return False
        if not called:
            if not _identity(function):
                return False
            continue
        returned = _returns(function)
        nodes = _own_nodes(function)
        if set(returned) & _declared_anywhere(function):
            return False
        for name in set(returned):
            inner = [n for n in nodes if isinstance(n, FunctionDef) and n.name == name]
            if name is None or len(inner) != 1 or _bound_names(nodes).count(name) != 1 or not _identity(inner[0]):
                return False
        if not returned:
            return False
    return True


def _identity(function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """Every return gives back the first parameter, which nothing rebinds; no yield."""
    params = function.args.posonlyargs + function.args.args
    if isinstance(function, AsyncFunctionDef) or not params or function.decorator_list:
        return False  # a decorator of the def (singledispatch, a swap) decides what the name is
    first = params[0].arg
    nodes = _own_nodes(function)
    if any(isinstance(n, Yield | YieldFrom) for n in nodes) or first in _bound_names(nodes):
        return False
    if first in _declared_anywhere(function):  # def swap(): nonlocal cls; cls = other
        return False
    returned = _returns(function)
    return bool(returned) and all(r == first for r in returned)


_NAMED: Final = (FunctionDef, AsyncFunctionDef, ClassDef, ExceptHandler, MatchAs, MatchStar)


def _bound_names(nodes: list[ast.AST]) -> list[str]:
    """Every name the statements bind, however (assignment, def, class, import, except, match, global)."""
    found: list[str] = []
    for node in nodes:
        name: str | None = None
        if isinstance(node, Name) and not isinstance(node.ctx, Load):
            name = node.id
        elif isinstance(node, _NAMED):
            name = node.name
        elif isinstance(node, MatchMapping):
            name = node.rest
        if name is not None:
            found.append(name)
        elif isinstance(node, ast.alias):
            found.append(node.asname or node.name.partition(".")[0])
        elif isinstance(node, Global | Nonlocal):
            found.extend(node.names)
    return found


def _returns(function: ast.FunctionDef | ast.AsyncFunctionDef) -> list[str | None]:
    """The name each return statement of the function itself gives back (None: anything else)."""
    return [
        node.value.id if isinstance(node.value, Name) else None
        for node in _own_nodes(function)
        if isinstance(node, Return)
    ]


def _own_nodes(function: ast.FunctionDef | ast.AsyncFunctionDef) -> list[ast.AST]:
    """The nodes of a function's body, not the bodies of functions, lambdas or classes nested in it (their
    decorators, defaults and bases run in the function: ``@(cls := X)`` binds there)."""
    found: list[ast.AST] = []
    pending: list[ast.AST] = list(function.body)
    while pending:
        node = pending.pop()
        found.append(node)
        if isinstance(node, FunctionDef | AsyncFunctionDef | Lambda):
            arguments = node.args
            pending.extend([*arguments.defaults, *(d for d in arguments.kw_defaults if d is not None)])
            if not isinstance(node, Lambda):
                pending.extend(node.decorator_list)
        elif isinstance(node, ClassDef):
            pending.extend([*node.decorator_list, *node.bases, *node.keywords])
        else:
            pending.extend(child_nodes(node))
    return found


def plain_class_name(ctx: Context, scope: Scope, name: str) -> bool:
    """``name`` is only ever a class statement of the tool whose decorators return the class itself, and
    which defines or assigns no __new__ that could return something else."""
    if not ctx.resolve(scope, name).only(Kind.CLASS):
        return False
    named = ctx.classes_named(name)
    return bool(named) and all(plain_decorators(ctx, s) for s in named) and _new_makes_objects(ctx, name, 0)
