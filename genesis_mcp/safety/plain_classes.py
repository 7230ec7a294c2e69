"""Which classes are plain: calling one makes an object of it.

A class is plain when its decorators return it unchanged (dataclass, total_ordering, final,
runtime_checkable, unique, as imported) and no __new__ of it or its bases returns anything but a new object;
a builtin class is plain when the name is not rebound.
"""

from __future__ import annotations

import ast

from genesis_mcp.safety.context import Context
from genesis_mcp.safety.names import BUILTIN_CLASSES
from genesis_mcp.safety.scopes import Kind, Scope, library_name

__all__ = [
    "builtin_class",
    "decorated_only_plainly",
    "makes_objects",
    "names_its_class",
    "plain_class_name",
    "plain_decorators",
]


def builtin_class(name: str) -> bool:
    """A builtin name that is a class: object, dict, Exception, ValueError..."""
    return name in BUILTIN_CLASSES or name.endswith(("Error", "Exception", "Warning")) or name == "BaseException"


def makes_objects(ctx: Context, scope: Scope, name: str) -> bool:
    """Calling ``name`` makes an object of it: a tool class with no __new__ and no decorator but dataclass or
    total_ordering-like ones (its bases do not matter: metaclasses that could change a call are not allowed)."""
    return plain_class_name(ctx, scope, name)


def _new_makes_objects(ctx: Context, name: str, depth: int) -> bool:
    """The class and its bases of the tool have no __new__, or one whose every return is
    ``super().__new__(cls, ...)`` or ``tuple.__new__(cls, ...)``-style: an object of the class."""
    classes = [s for s in ctx.class_scopes if isinstance(s.node, ast.ClassDef) and s.node.name == name]
    if depth > 4:
        return False
    for function, owner in ctx.functions.get("__new__", []):
        if any(owner is c for c in classes) and not _returns_new_object(ctx, function, owner):
            return False
    if any(b.kind is not Kind.DEF for c in classes for b in c.bindings.get("__new__", [])):
        return False  # __new__ = f in the class body: anything it returns
    for c in classes:
        assert isinstance(c.node, ast.ClassDef)
        bases = [b.id for b in c.node.bases if isinstance(b, ast.Name)]
        own = [b for b in bases if c.parent is not None and c.parent.resolve(b).only(Kind.CLASS)]
        if not all(_new_makes_objects(ctx, base, depth + 1) for base in own):
            return False
    return True


def _returns_new_object(ctx: Context, function: ast.FunctionDef | ast.AsyncFunctionDef, owner: Scope) -> bool:
    if function.decorator_list or not function.args.args:
        return False
    first = function.args.args[0].arg
    returns = [n.value for n in ast.walk(function) if isinstance(n, ast.Return)]
    for made in returns:
        if not (isinstance(made, ast.Call) and isinstance(made.func, ast.Attribute) and made.func.attr == "__new__"):
            return False
        receiver, given = made.func.value, made.args[0] if made.args else None
        named = receiver.id if isinstance(receiver, ast.Name) else ""
        by_builtin = builtin_class(named) and not ctx.resolve(owner, named).bindings
        if not ((_is_super(receiver) or by_builtin) and isinstance(given, ast.Name) and given.id == first):
            return False
    return bool(returns)


def _is_super(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "super" and not node.args


# Class decorators that return the class they are given (typing.final and runtime_checkable set a flag on it).
_PLAIN_DECORATOR_NAMES = frozenset(
    {"dataclasses.dataclass", "functools.total_ordering", "typing.final", "typing.runtime_checkable", "enum.unique"}
)


def plain_decorators(ctx: Context, scope: Scope) -> bool:
    """A class statement's decorators all return the class itself: dataclass(...) and total_ordering, as
    imported from their modules (a function of the tool named dataclass could return anything)."""
    node, outer = scope.node, scope.parent
    if not isinstance(node, ast.ClassDef) or outer is None:
        return False
    for decorator in node.decorator_list:
        head = decorator.func if isinstance(decorator, ast.Call) else decorator
        if library_name(head, outer) not in _PLAIN_DECORATOR_NAMES:
            return False
    return True


def decorated_only_plainly(ctx: Context, scope: Scope, name: str) -> bool:
    """Every class statement bound to ``name`` has only decorators that return the class itself."""
    named = [s for s in ctx.class_scopes if isinstance(s.node, ast.ClassDef) and s.node.name == name]
    return bool(named) and all(plain_decorators(ctx, s) for s in named)


def names_its_class(ctx: Context, name: str) -> bool:
    """Every class statement bound to ``name`` leaves the name bound to the class it made: its decorators
    are dataclass/total_ordering or functions of the tool that return what they get (``@register("csv")``
    whose inner function ends ``return cls``). Such a decorator has the class (a class handed out), but the
    name is still that class, with the bases its statement names."""
    named = [s for s in ctx.class_scopes if isinstance(s.node, ast.ClassDef) and s.node.name == name]
    return bool(named) and all(
        plain_decorators(ctx, s) or all(_returns_argument(ctx, d, s.parent) for d in s.node.decorator_list)  # type: ignore[union-attr]
        for s in named
    )


def _returns_argument(ctx: Context, decorator: ast.expr, scope: Scope | None) -> bool:
    """``@deco`` or ``@deco(...)``: deco is only ever a def of the tool that returns its first parameter (or,
    called, returns only a def nested in it that does)."""
    called = isinstance(decorator, ast.Call)
    head = decorator.func if isinstance(decorator, ast.Call) else decorator
    if scope is None or not isinstance(head, ast.Name):
        return False
    bindings = scope.resolve(head.id).bindings
    defs = [f for f, _where in ctx.functions.get(head.id, ())]
    if not bindings or any(b.kind is not Kind.DEF for b in bindings) or len(defs) != len(bindings):
        return False
    for function in defs:
        if called:
            inner = {s.name: s for s in function.body if isinstance(s, ast.FunctionDef)}
            returned = _returns(function)
            if not returned or not all(r in inner and _identity(inner[r]) for r in returned):
                return False
        elif not _identity(function):
            return False
    return True


def _identity(function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """Every return gives back the first parameter, which nothing rebinds; no yield."""
    params = function.args.posonlyargs + function.args.args
    if isinstance(function, ast.AsyncFunctionDef) or not params:
        return False
    first = params[0].arg
    for node in _own_nodes(function):
        if isinstance(node, ast.Yield | ast.YieldFrom):
            return False
        if isinstance(node, ast.Name) and node.id == first and not isinstance(node.ctx, ast.Load):
            return False
        if isinstance(node, ast.Global | ast.Nonlocal) and first in node.names:
            return False
    returned = _returns(function)
    return bool(returned) and all(r == first for r in returned)


def _returns(function: ast.FunctionDef | ast.AsyncFunctionDef) -> list[str | None]:
    """The name each return statement of the function itself gives back (None: anything else)."""
    found: list[str | None] = []
    for node in _own_nodes(function):
        if isinstance(node, ast.Return):
            found.append(node.value.id if isinstance(node.value, ast.Name) else None)
    return found


def _own_nodes(function: ast.FunctionDef | ast.AsyncFunctionDef) -> list[ast.AST]:
    """The nodes of a function's body, not those of functions, lambdas or classes nested in it."""
    found: list[ast.AST] = []
    pending: list[ast.AST] = list(function.body)
    while pending:
        node = pending.pop()
        found.append(node)
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda | ast.ClassDef):
            pending.extend(ast.iter_child_nodes(node))
    return found


def plain_class_name(ctx: Context, scope: Scope, name: str) -> bool:
    """``name`` is only ever a class statement of the tool whose decorators return the class itself, and
    which defines or assigns no __new__ that could return something else."""
    if not ctx.resolve(scope, name).only(Kind.CLASS):
        return False
    named = [s for s in ctx.class_scopes if isinstance(s.node, ast.ClassDef) and s.node.name == name]
    return bool(named) and all(plain_decorators(ctx, s) for s in named) and _new_makes_objects(ctx, name, 0)
