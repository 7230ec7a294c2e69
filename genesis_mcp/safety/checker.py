"""The walk: one iterative pass over the syntax tree that applies every rule it can on the spot and
records name uses for ``finish.py``. An explicit stack (never recursion) keeps deep nesting harmless.

This module holds the loop and the expression handlers; ``statements.py`` holds what binds names.
"""

from __future__ import annotations

import ast
from collections.abc import Callable

from genesis_mcp.safety.attributes import attribute_builtin, attribute_chain
from genesis_mcp.safety.context import ANNOTATION, FORWARD, INHERITED, LITERAL, OPERAND, Context, Frame, Tag, Use
from genesis_mcp.safety.finish import finish
from genesis_mcp.safety.names import (
    ATTRIBUTE_BUILTINS,
    BUILTIN_CLASSES,
    DEFINABLE_DUNDERS,
    ENUM_FACTORIES,
    HARMLESS_DUNDER_STRINGS,
    METACLASS_NAMES,
    READABLE_DUNDER_NAMES,
    TYPING_GENERICS,
    TYPING_LITERALS,
    is_dunder,
)
from genesis_mcp.safety.scopes import Binding, Kind, Scope
from genesis_mcp.safety.statements import HANDLERS, head_name
from genesis_mcp.safety.strings import fold, scan_string, type_string_problem

__all__ = ["walk"]

Handler = Callable[[Context, ast.AST, Scope, int, list[Frame]], None]
_SKIPPED_FIELDS = frozenset({"ctx", "op", "ops", "type_comment", "kind"})
_FIELDS: dict[type, tuple[str, ...]] = {}
_STRINGY = (ast.Constant, ast.JoinedStr, ast.BinOp)


def _generic(ctx: Context, node: ast.AST, scope: Scope, flags: int, stack: list[Frame]) -> None:
    flags &= INHERITED
    kind = type(node)
    fields = _FIELDS.get(kind)
    if fields is None:
        fields = _FIELDS[kind] = tuple(f for f in kind._fields if f not in _SKIPPED_FIELDS)
    for name in fields:
        value = getattr(node, name, None)
        if isinstance(value, list):
            stack.extend((item, scope, flags) for item in value if isinstance(item, ast.AST))
        elif isinstance(value, ast.AST):
            stack.append((value, scope, flags))


def _name(ctx: Context, node: ast.AST, scope: Scope, flags: int, stack: list[Frame]) -> None:
    assert isinstance(node, ast.Name)
    if not isinstance(node.ctx, ast.Load):
        ctx.bind(node.id, node, scope, Binding(Kind.OTHER))
    elif is_dunder(node.id):
        # A class body may reuse its own special methods: ``__rmul__ = __mul__``.
        own = scope.kind == "class" and node.id in DEFINABLE_DUNDERS
        if node.id not in READABLE_DUNDER_NAMES and not own:
            ctx.dunder_name(node.id, node)
    else:
        ctx.uses.append(Use(Tag.OPERAND if flags & (OPERAND | ANNOTATION) else Tag.VALUE, node.id, scope, node))


def _attribute(ctx: Context, node: ast.AST, scope: Scope, flags: int, stack: list[Frame]) -> None:
    assert isinstance(node, ast.Attribute)
    attribute_chain(ctx, node, scope, stack, operand=bool(flags & OPERAND), call=None)


def _call(ctx: Context, node: ast.AST, scope: Scope, flags: int, stack: list[Frame]) -> None:
    assert isinstance(node, ast.Call)
    func = node.func
    args_done = False
    head = head_name(func)
    if head in METACLASS_NAMES and head != "type":
        ctx.add("class-machinery", node, f"calling {head!r} creates a class at run time; write a class statement")
    elif head in ENUM_FACTORIES:
        _enum_call(ctx, node)
    if isinstance(func, ast.Name):
        if is_dunder(func.id):
            if func.id not in READABLE_DUNDER_NAMES:
                ctx.dunder_name(func.id, func)
        else:
            ctx.uses.append(Use(Tag.CALLEE, func.id, scope, func, node))
            if func.id in ATTRIBUTE_BUILTINS:
                attribute_builtin(ctx, func.id, node, scope, stack)
                args_done = True
            elif func.id == "type":
                _type_call(ctx, node, scope)
            elif func.id in ("isinstance", "issubclass") and len(node.args) == 2:
                stack.append((node.args[0], scope, 0))
                classes = node.args[1]
                items = classes.elts if isinstance(classes, ast.Tuple) else [classes]
                stack.extend((item, scope, OPERAND) for item in items)
                args_done = True
    elif isinstance(func, ast.Attribute):
        attribute_chain(ctx, func, scope, stack, operand=False, call=node)
    else:
        stack.append((func, scope, 0))
    if not args_done:
        stack.extend((arg, scope, 0) for arg in node.args)
    for keyword in node.keywords:
        if keyword.arg is not None and is_dunder(keyword.arg) and keyword.arg not in HARMLESS_DUNDER_STRINGS:
            ctx.add("dunder-string", keyword, f"keyword argument {keyword.arg!r} names interpreter internals")
        stack.append((keyword.value, scope, 0))


def _type_call(ctx: Context, call: ast.Call, scope: Scope) -> None:
    if len(call.args) != 1 or call.keywords or isinstance(call.args[0], ast.Starred):
        ctx.add("class-machinery", call, "type() with three arguments creates a class at run time; write a class")
        return
    arg = call.args[0]
    if (isinstance(arg, ast.Name) and arg.id in BUILTIN_CLASSES | METACLASS_NAMES) or (
        isinstance(arg, ast.Call) and isinstance(arg.func, ast.Name) and arg.func.id == "type"
    ):
        ctx.add("class-machinery", call, "type() of a class is its metaclass; not allowed")
        return
    while isinstance(arg, ast.Attribute):
        arg = arg.value
    if isinstance(arg, ast.Name):
        ctx.uses.append(Use(Tag.TYPE_ARG, arg.id, scope, call))


def _enum_call(ctx: Context, call: ast.Call) -> None:
    """``Enum("Name", names)`` builds a class; its member names must be constants (dunders become hooks)."""
    names = call.args[1] if len(call.args) > 1 else next((k.value for k in call.keywords if k.arg == "names"), None)
    if names is None:
        return
    elements = names.elts if isinstance(names, ast.List | ast.Tuple) else None
    if isinstance(names, ast.Dict):
        elements = [k if k is not None else names for k in names.keys]
    if elements is None:
        constant = fold(names) is not None
    else:
        firsts = [e.elts[0] if isinstance(e, ast.Tuple) and e.elts else e for e in elements]
        constant = all(fold(e) is not None for e in firsts)
    if not constant:
        ctx.add("class-machinery", call, "the Enum functional API needs constant member names; write a class")


def _compare(ctx: Context, node: ast.AST, scope: Scope, flags: int, stack: list[Frame]) -> None:
    assert isinstance(node, ast.Compare)
    inherited = (flags & INHERITED) | OPERAND
    stack.extend((operand, scope, inherited) for operand in [node.left, *node.comparators])


def _subscript(ctx: Context, node: ast.AST, scope: Scope, flags: int, stack: list[Frame]) -> None:
    assert isinstance(node, ast.Subscript)
    inherited = flags & INHERITED
    head = head_name(node.value)
    items: list[tuple[ast.expr, int]]
    if head in TYPING_LITERALS:
        items = [(node.slice, LITERAL)]
    elif head == "Annotated" and isinstance(node.slice, ast.Tuple) and node.slice.elts:
        first, *rest = node.slice.elts
        items = [(first, inherited | FORWARD)] + [(item, LITERAL) for item in rest]
    else:
        items = [(node.slice, inherited | FORWARD if head in TYPING_GENERICS else inherited)]
    stack.append((node.value, scope, inherited | OPERAND))
    stack.extend((item, scope, item_flags) for item, item_flags in items)


def _scan(ctx: Context, text: str, node: ast.AST, flags: int) -> None:
    found = scan_string(text)
    if found is not None:
        ctx.add(found[0], node, found[1])
    if flags & (ANNOTATION | FORWARD) and not flags & LITERAL:
        problem = type_string_problem(text)
        if problem is not None:
            ctx.add(
                "string-annotation",
                node,
                f"the string annotation {text[:60]!r} is not a plain type ({problem}); typing tools evaluate it "
                "as code; write names such as 'Node' or Optional['Node']",
            )


def _constant(ctx: Context, node: ast.AST, scope: Scope, flags: int, stack: list[Frame]) -> None:
    assert isinstance(node, ast.Constant)
    value = node.value
    if isinstance(value, str):
        if id(node) not in ctx.docstrings:
            _scan(ctx, value, node, flags)
    elif isinstance(value, bytes):
        _scan(ctx, value.decode("latin-1"), node, 0)


def _binop(ctx: Context, node: ast.AST, scope: Scope, flags: int, stack: list[Frame]) -> None:
    assert isinstance(node, ast.BinOp)
    if isinstance(node.op, ast.Add | ast.Mult | ast.Mod) and (
        isinstance(node.left, _STRINGY) or isinstance(node.right, _STRINGY)
    ):
        folded = fold(node)
        if folded is not None:
            _scan(ctx, folded, node, flags)
            return
    _generic(ctx, node, scope, flags, stack)


def _joined(ctx: Context, node: ast.AST, scope: Scope, flags: int, stack: list[Frame]) -> None:
    folded = fold(node)
    if folded is not None:
        _scan(ctx, folded, node, flags)
    else:
        _generic(ctx, node, scope, flags, stack)


_HANDLERS: dict[type, Handler] = {
    **HANDLERS,
    ast.Name: _name,
    ast.Attribute: _attribute,
    ast.Call: _call,
    ast.Compare: _compare,
    ast.Subscript: _subscript,
    ast.Constant: _constant,
    ast.BinOp: _binop,
    ast.JoinedStr: _joined,
}


def walk(tree: ast.AST, ctx: Context) -> None:
    """Apply every rule to a parsed module; findings land in ``ctx``."""
    stack: list[Frame] = [(tree, Scope("module"), 0)]
    handlers = _HANDLERS
    visited = 0
    while stack:
        node, scope, flags = stack.pop()
        visited += 1
        handlers.get(type(node), _generic)(ctx, node, scope, flags, stack)
    ctx.visited = visited
    finish(ctx)
