"""Walk handlers for definitions: modules, functions, lambdas, classes and their decorators.

A definition's defaults, annotations, decorators and base classes are evaluated where it stands; its body
runs in a scope of its own. Special methods are judged where they are bound (``Context.bind``).
"""

from __future__ import annotations

import ast
from typing import Final

from genesis_mcp.safety.context import ANNOTATION, CLASSINFO, Context, Frame, Handler, Tag
from genesis_mcp.safety.dispatch import dispatch_annotations
from genesis_mcp.safety.names import (
    DANGEROUS_PRIVATE_NAMES,
    ENUM_FACTORIES,
    INTROSPECTION_ATTRIBUTES,
    METACLASS_NAMES,
    SAFE_CLASS_KEYWORDS,
    SAFE_METACLASSES,
    is_dunder,
)
from genesis_mcp.safety.nodes import (
    AsyncFunctionDef,
    Attribute,
    Call,
    ClassDef,
    Constant,
    Expr,
    FunctionDef,
    Lambda,
    Module,
    Name,
    Starred,
    Subscript,
)
from genesis_mcp.safety.scopes import Binding, Kind, Scope
from genesis_mcp.safety.visit import push_body

__all__ = ["DEFINITIONS", "classmethod_wraps", "decorator_name", "head_name"]

_PLAIN_PARAM: Final = Binding(Kind.PARAM, "plain")  # no default, or a constant one: caller data
_COMPUTED_PARAM: Final = Binding(Kind.PARAM, "computed")
_DEF: Final = Binding(Kind.DEF)
_CLASS: Final = Binding(Kind.CLASS)
_DECORATOR: Final = Tag.DECORATOR


def head_name(node: ast.AST) -> str | None:
    """The last identifier of ``name``, ``a.b.name`` or ``name[...]``."""
    if isinstance(node, Subscript):
        node = node.value
    if isinstance(node, Name):
        return node.id
    if isinstance(node, Attribute):
        return node.attr
    return None


def decorator_name(node: ast.AST) -> str | None:
    """``x`` of ``@x``, ``@m.x`` or ``@x(...)``."""
    node = node.func if isinstance(node, Call) else node
    return node.attr if isinstance(node, Attribute) else node.id if isinstance(node, Name) else None


def _docstring(ctx: Context, body: list[ast.stmt]) -> None:
    first = body[0] if body else None
    if type(first) is Expr:
        value = first.value
        if type(value) is Constant and isinstance(value.value, str):
            ctx.judged.add(id(value))


def _module(ctx: Context, node: ast.Module, scope: Scope, flags: int, stack: list[Frame]) -> None:
    _docstring(ctx, node.body)
    push_body(ctx, stack, node.body, scope)


def _arguments(
    ctx: Context,
    args: ast.arguments,
    scope: Scope,
    stack: list[Frame],
    annotated: bool,
    entry: str | None = None,
    function: ast.AST | None = None,
) -> Scope:
    """Push defaults and annotations (evaluated outside), bind the parameters in a new scope.

    Parameters of a module-level function remember it (``entry``): if the tool never calls that function
    itself, they can only hold the caller's data.
    """
    inner = Scope("function", scope, node=function)
    plain = _PLAIN_PARAM
    defaults = args.defaults
    positional = args.posonlyargs + args.args if args.posonlyargs else args.args
    first_default = len(positional) - len(defaults)
    bindings = inner.bindings
    for index, arg in enumerate(positional):
        if entry is not None:  # where the caller's value comes from: function, position, name
            plain = Binding(Kind.PARAM, f"entry:{entry}:{index}:{arg.arg}")
        if index < first_default:  # no default, the common case: what _parameter does, inline
            if annotated and arg.annotation is not None:
                stack.append((arg.annotation, scope, ANNOTATION))
            ident = arg.arg
            if ident[0] == "_" or ident == "str" or ident == "chr":  # rules of ctx.bind apply to these
                ctx.bind(ident, arg, inner, plain)
            else:  # what ctx.bind does in a fresh function scope (a parameter name is never repeated)
                bindings[ident] = [plain]
        else:
            _parameter(ctx, arg, defaults[index - first_default], scope, inner, stack, annotated, plain)
    if args.kwonlyargs:
        for arg, kw_default in zip(args.kwonlyargs, args.kw_defaults, strict=True):
            if entry is not None:  # passed by keyword only
                plain = Binding(Kind.PARAM, f"entry:{entry}:-1:{arg.arg}")
            _parameter(ctx, arg, kw_default, scope, inner, stack, annotated, plain)
    # *args and **kwargs collect whatever any call passes: never counted as the caller's data alone.
    if args.vararg is not None:
        _parameter(ctx, args.vararg, None, scope, inner, stack, annotated, _PLAIN_PARAM)
    if args.kwarg is not None:
        _parameter(ctx, args.kwarg, None, scope, inner, stack, annotated, _PLAIN_PARAM)
    return inner


def _parameter(
    ctx: Context,
    arg: ast.arg,
    default: ast.expr | None,
    scope: Scope,
    inner: Scope,
    stack: list[Frame],
    annotated: bool,
    plain: Binding = _PLAIN_PARAM,
) -> None:
    if annotated and arg.annotation is not None:
        stack.append((arg.annotation, scope, ANNOTATION))
    if default is None:
        ctx.bind(arg.arg, arg, inner, plain)
        return
    stack.append((default, scope, 0))
    constant = type(default) is Constant or ctx.fold(default) is not None
    ctx.bind(arg.arg, arg, inner, plain if constant else _COMPUTED_PARAM)


def _function(
    ctx: Context, node: ast.FunctionDef | ast.AsyncFunctionDef, scope: Scope, flags: int, stack: list[Frame]
) -> None:
    name = node.name
    if name in DANGEROUS_PRIVATE_NAMES or name in INTROSPECTION_ATTRIBUTES:
        # A method's __name__ is what copy rebuilds a bound method with: getattr(obj, name)
        ctx.add("private-attribute", node, f"a function may not be named {name!r}: library objects keep their "
                "modules, streams or frames under that name")  # fmt: skip
    defined = ctx.functions.get(name)
    if defined is None:
        ctx.functions[name] = [(node, scope)]
    else:
        defined.append((node, scope))
    owner = scope.binding_scope(name) if scope.globals or scope.nonlocals else scope
    if owner.kind == "class" and isinstance(owner.node, ClassDef):
        methods = ctx.class_methods.get(owner.node.name)
        if methods is None:
            ctx.class_methods[owner.node.name] = {name}
        else:
            methods.add(name)
    if name[:1] == "_" and is_dunder(name) and owner.kind != "class":
        ctx.add("class-machinery", node, f"a function named {name!r} outside a class is an interpreter hook")
        scope.bind(name, _DEF)
    else:
        ctx.bind(name, node, scope, _DEF)
    decorators = node.decorator_list
    for position, decorator in enumerate(decorators):
        _decorator(ctx, decorator, scope, stack)
        if type(decorator) is Attribute and decorator.attr == "register":
            dispatch_annotations(ctx, node, scope)
            if position != len(decorators) - 1:  # wraps() below it would swap in other annotations
                ctx.add("string-annotation", decorator, "@x.register must be the decorator nearest the function")
        elif type(decorator) is Call and head_name(decorator.func) == "wraps":
            ctx.rewrapped.add(name)  # its annotations are now another function's
        elif type(decorator) is Name and decorator.id == "classmethod":
            if position != len(decorators) - 1:
                classmethod_wraps(ctx, decorator)
            elif scope.kind != "class":  # def grab(klass) bound into a class later: klass is a class unseen
                ctx.add("class-machinery", decorator, "@classmethod may only decorate a def written in a class "
                        "body")  # fmt: skip
    if node.returns is not None:
        stack.append((node.returns, scope, ANNOTATION))
    # A decorated function may be called by its decorator (or a dispatcher) with anything.
    entry = name if scope.kind == "module" and not decorators else None
    inner = _arguments(ctx, node.args, scope, stack, annotated=True, entry=entry, function=node)
    body = node.body
    first = body[0]  # a def always has a body
    if type(first) is Expr and type(first.value) is Constant and type(first.value.value) is str:
        ctx.judged.add(id(first.value))
    push_body(ctx, stack, body, inner)


def _lambda(ctx: Context, node: ast.Lambda, scope: Scope, flags: int, stack: list[Frame]) -> None:
    inner = _arguments(ctx, node.args, scope, stack, annotated=False, function=node)
    stack.append((node.body, inner, 0))


def _class(ctx: Context, node: ast.ClassDef, scope: Scope, flags: int, stack: list[Frame]) -> None:
    ctx.bind(node.name, node, scope, _CLASS)
    ctx.class_methods.setdefault(node.name, set())
    if any(head_name(base) in ENUM_FACTORIES or head_name(base) in ctx.enum_classes for base in node.bases):
        ctx.enum_classes.add(node.name)
    for base in node.bases:  # judged in finish: an Enum base under any name, a metaclass under any name
        root = base.value if isinstance(base, Subscript) else base
        while isinstance(root, Attribute):
            root = root.value
        if isinstance(root, Name):
            ctx.uses.append((Tag.CLASS_BASE, root.id, scope, base, node))
    for decorator in node.decorator_list:
        _decorator(ctx, decorator, scope, stack)
    for base in node.bases:
        ctx.class_positions.add(id(base))
        root = base.value if isinstance(base, Subscript) else base  # Generic[T] is fine
        while isinstance(root, Attribute):
            root = root.value
        if isinstance(base, Starred):
            ctx.add("class-machinery", base, "base classes must be written out, not unpacked")
        elif not isinstance(root, Name):
            ctx.add("class-machinery", base, "a base class must be named (Name, module.Name or Generic[T])")
        elif head_name(base) in METACLASS_NAMES:
            ctx.add("class-machinery", base, f"deriving from {head_name(base)!r} makes a metaclass; not allowed")
        stack.append((base, scope, 0))
    for keyword in node.keywords:
        operand = 0
        if keyword.arg is None:
            ctx.add("class-machinery", keyword, "class statements may not unpack keyword arguments")
        elif keyword.arg == "metaclass":
            if head_name(keyword.value) in SAFE_METACLASSES:
                operand = CLASSINFO
                root = keyword.value
                while isinstance(root, Attribute):
                    root = root.value
                if isinstance(root, Name):  # a function or class of the tool named ABCMeta is no ABCMeta
                    ctx.uses.append((Tag.FROM_MODULE, root.id, scope, keyword, ("abc", "ABCMeta")))
            else:
                ctx.add("class-machinery", keyword, "metaclass= is not allowed (abc.ABCMeta is); derive from abc.ABC")
        elif keyword.arg not in SAFE_CLASS_KEYWORDS:
            ctx.add("class-machinery", keyword, f"class keyword {keyword.arg!r} runs __init_subclass__ hooks")
        stack.append((keyword.value, scope, operand))
    _docstring(ctx, node.body)
    inner = Scope("class", scope, node=node)
    ctx.add_class(inner, node.name)
    push_body(ctx, stack, node.body, inner)


def classmethod_wraps(ctx: Context, node: ast.AST) -> None:
    """classmethod hands class attribute reads on to what it wraps: around a property, reading the attribute
    runs the getter (dataclasses reads every annotated name while the class still holds its Fields)."""
    ctx.add("class-machinery", node, "classmethod may only wrap a function: use @classmethod as the decorator "
            "nearest the def, and not classmethod(...) or classmethod as a value")  # fmt: skip


def _decorator(ctx: Context, expr: ast.expr, scope: Scope, stack: list[Frame]) -> None:
    ctx.decorators.add(id(expr))
    head: ast.AST = expr.func if type(expr) is Call else expr
    while type(head) is Attribute:
        head = head.value
    if type(head) is Name and not is_dunder(head.id):
        ctx.uses.append((_DECORATOR, head.id, scope, head, None))
    else:
        ctx.add(
            "decorator-not-allowed",
            expr,
            "a decorator must be a name or attribute path (optionally called), such as functools.lru_cache",
        )
    # A bare @x.register is judged by _function (the annotations it evaluates); only x is left to visit.
    bare_register = type(expr) is Attribute and expr.attr == "register"
    stack.append((expr.value if bare_register else expr, scope, 0))  # type: ignore[attr-defined]


DEFINITIONS: Final[dict[type, Handler]] = {
    Module: _module,
    FunctionDef: _function,
    AsyncFunctionDef: _function,
    Lambda: _lambda,
    ClassDef: _class,
}
