"""Walk handlers for definitions: modules, functions, lambdas, classes and their decorators.

A definition's defaults, annotations, decorators and base classes are evaluated where it stands; its body
runs in a scope of its own. Special methods are judged where they are bound (``Context.bind``).
"""

from __future__ import annotations

import ast

from genesis_mcp.safety.context import ANNOTATION, OPERAND, Context, Frame, Handler, Tag
from genesis_mcp.safety.names import METACLASS_NAMES, SAFE_CLASS_KEYWORDS, SAFE_METACLASSES, is_dunder
from genesis_mcp.safety.scopes import Binding, Kind, Scope

__all__ = ["DEFINITIONS", "dispatch_annotations", "head_name"]

_PLAIN_PARAM = Binding(Kind.PARAM, "plain")  # no default, or a constant one: caller data
_COMPUTED_PARAM = Binding(Kind.PARAM, "computed")
_DEF = Binding(Kind.DEF)
_TYPE_NODES = (ast.Name, ast.Attribute, ast.Subscript, ast.Tuple, ast.List, ast.Constant, ast.Load, ast.BitOr)


def head_name(node: ast.AST) -> str | None:
    """The last identifier of ``name``, ``a.b.name`` or ``name[...]``."""
    if isinstance(node, ast.Subscript):
        node = node.value
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _docstring(ctx: Context, body: list[ast.stmt]) -> None:
    first = body[0] if body else None
    if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
        ctx.docstrings.add(id(first.value))


def _module(ctx: Context, node: ast.Module, scope: Scope, flags: int, stack: list[Frame]) -> None:
    _docstring(ctx, node.body)
    stack.extend((stmt, scope, 0) for stmt in reversed(node.body))


def _arguments(ctx: Context, args: ast.arguments, scope: Scope, stack: list[Frame], annotated: bool) -> Scope:
    """Push defaults and annotations (evaluated outside), bind the parameters in a new scope."""
    inner = Scope("function", scope)
    defaults = args.defaults
    positional = args.posonlyargs + args.args if args.posonlyargs else args.args
    first_default = len(positional) - len(defaults)
    for index, arg in enumerate(positional):
        default = defaults[index - first_default] if index >= first_default else None
        _parameter(ctx, arg, default, scope, inner, stack, annotated)
    for arg, kw_default in zip(args.kwonlyargs, args.kw_defaults, strict=True):
        _parameter(ctx, arg, kw_default, scope, inner, stack, annotated)
    for star in (args.vararg, args.kwarg):
        if star is not None:
            _parameter(ctx, star, None, scope, inner, stack, annotated)
    return inner


def _parameter(
    ctx: Context,
    arg: ast.arg,
    default: ast.expr | None,
    scope: Scope,
    inner: Scope,
    stack: list[Frame],
    annotated: bool,
) -> None:
    if annotated and arg.annotation is not None:
        stack.append((arg.annotation, scope, ANNOTATION))
    if default is None:
        ctx.bind(arg.arg, arg, inner, _PLAIN_PARAM)
        return
    stack.append((default, scope, 0))
    plain = isinstance(default, ast.Constant) or ctx.fold(default) is not None
    ctx.bind(arg.arg, arg, inner, _PLAIN_PARAM if plain else _COMPUTED_PARAM)


def dispatch_annotations(ctx: Context, node: ast.FunctionDef | ast.AsyncFunctionDef, scope: Scope) -> None:
    """``@f.register`` without a class evaluates the function's annotations: each must name a class."""
    args = node.args
    annotations = [a.annotation for a in [*args.posonlyargs, *args.args, *args.kwonlyargs] if a.annotation]
    pending: list[tuple[ast.AST, Scope]] = [(a, scope) for a in annotations]
    budget = 1000
    while pending and budget > 0:
        current, where = pending.pop()
        budget -= 1
        if isinstance(current, ast.BinOp) and isinstance(current.op, ast.BitOr):
            pending.extend(((current.left, where), (current.right, where)))
            continue
        if not isinstance(current, _TYPE_NODES):
            ctx.add(
                "string-annotation",
                current,
                "annotations of a function registered with .register are "
                "evaluated; use plain classes such as int or list[str]",
            )
            continue
        if isinstance(current, ast.Name):
            ctx.uses.append((Tag.TYPE_NAME, current.id, where, current, None))
        elif isinstance(current, ast.Attribute):
            pending.append((current.value, where))
        elif isinstance(current, ast.Subscript):
            pending.extend(((current.value, where), (current.slice, where)))
        elif isinstance(current, ast.Tuple | ast.List):
            pending.extend((e, where) for e in current.elts)
        elif isinstance(current, ast.Constant) and isinstance(current.value, str):
            try:
                parsed = ast.parse(current.value.strip(), mode="eval")
            except (SyntaxError, ValueError, RecursionError, MemoryError):
                continue
            pending.append((parsed.body, where.module()))  # string annotations resolve in module globals


def _function(
    ctx: Context, node: ast.FunctionDef | ast.AsyncFunctionDef, scope: Scope, flags: int, stack: list[Frame]
) -> None:
    ctx.functions.setdefault(node.name, []).append((node, scope))
    owner = scope.binding_scope(node.name)
    if owner.kind == "class" and isinstance(owner.node, ast.ClassDef):
        ctx.class_methods.setdefault(owner.node.name, set()).add(node.name)
    if is_dunder(node.name) and owner.kind != "class":
        ctx.add("class-machinery", node, f"a function named {node.name!r} outside a class is an interpreter hook")
        scope.bind(node.name, _DEF)
    else:
        ctx.bind(node.name, node, scope, _DEF)
    for decorator in node.decorator_list:
        _decorator(ctx, decorator, scope, stack)
        if isinstance(decorator, ast.Attribute) and decorator.attr == "register":
            dispatch_annotations(ctx, node, scope)
    if node.returns is not None:
        stack.append((node.returns, scope, ANNOTATION))
    inner = _arguments(ctx, node.args, scope, stack, annotated=True)
    _docstring(ctx, node.body)
    stack.extend([(stmt, inner, 0) for stmt in reversed(node.body)])


def _lambda(ctx: Context, node: ast.Lambda, scope: Scope, flags: int, stack: list[Frame]) -> None:
    inner = _arguments(ctx, node.args, scope, stack, annotated=False)
    stack.append((node.body, inner, 0))


def _class(ctx: Context, node: ast.ClassDef, scope: Scope, flags: int, stack: list[Frame]) -> None:
    ctx.bind(node.name, node, scope, Binding(Kind.CLASS))
    ctx.class_methods.setdefault(node.name, set())
    for decorator in node.decorator_list:
        _decorator(ctx, decorator, scope, stack)
    for base in node.bases:
        if isinstance(base, ast.Starred):
            ctx.add("class-machinery", base, "base classes must be written out, not unpacked")
        elif head_name(base) in METACLASS_NAMES:
            ctx.add("class-machinery", base, f"deriving from {head_name(base)!r} makes a metaclass; not allowed")
        stack.append((base, scope, 0))
    for keyword in node.keywords:
        operand = 0
        if keyword.arg is None:
            ctx.add("class-machinery", keyword, "class statements may not unpack keyword arguments")
        elif keyword.arg == "metaclass":
            if head_name(keyword.value) in SAFE_METACLASSES:
                operand = OPERAND
            else:
                ctx.add("class-machinery", keyword, "metaclass= is not allowed (abc.ABCMeta is); derive from abc.ABC")
        elif keyword.arg not in SAFE_CLASS_KEYWORDS:
            ctx.add("class-machinery", keyword, f"class keyword {keyword.arg!r} runs __init_subclass__ hooks")
        stack.append((keyword.value, scope, operand))
    _docstring(ctx, node.body)
    inner = Scope("class", scope, node=node)
    stack.extend((stmt, inner, 0) for stmt in reversed(node.body))


def _decorator(ctx: Context, expr: ast.expr, scope: Scope, stack: list[Frame]) -> None:
    head: ast.AST = expr.func if isinstance(expr, ast.Call) else expr
    while isinstance(head, ast.Attribute):
        head = head.value
    if isinstance(head, ast.Name) and not is_dunder(head.id):
        ctx.uses.append((Tag.DECORATOR, head.id, scope, head, None))
    else:
        ctx.add(
            "decorator-not-allowed",
            expr,
            "a decorator must be a name or attribute path (optionally called), such as functools.lru_cache",
        )
    stack.append((expr, scope, 0))


DEFINITIONS: dict[type, Handler] = {
    ast.Module: _module,
    ast.FunctionDef: _function,
    ast.AsyncFunctionDef: _function,
    ast.Lambda: _lambda,
    ast.ClassDef: _class,
}
