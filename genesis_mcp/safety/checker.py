"""The walk: one iterative pass over the syntax tree that applies every rule it can on the spot and
records name uses for ``finish.py``. An explicit stack (never recursion) keeps deep nesting harmless.

This module holds the loop and the expression handlers; ``statements.py`` holds what binds names.
"""

from __future__ import annotations

import ast
import re

from genesis_mcp.safety.attributes import attribute_builtin, attribute_chain
from genesis_mcp.safety.calls import SPECIAL_CALLEES, WRAPPERS, register_call, special_call, type_call, wrapper_names
from genesis_mcp.safety.context import (
    ANNOTATION,
    FORWARD,
    INHERITED,
    LITERAL,
    OPERAND,
    Context,
    Frame,
    Handler,
    Tag,
)
from genesis_mcp.safety.definitions import head_name
from genesis_mcp.safety.finish import finish
from genesis_mcp.safety.names import (
    ATTRIBUTE_BUILTINS,
    DEFINABLE_DUNDERS,
    INTERNAL_DUNDERS,
    READABLE_DUNDER_NAMES,
    TYPING_GENERICS,
    TYPING_LITERALS,
    is_dunder,
)
from genesis_mcp.safety.scopes import Binding, Kind, Scope
from genesis_mcp.safety.statements import HANDLERS
from genesis_mcp.safety.strings import scan_string, type_string_problem

__all__ = ["walk"]

_FIELD_SPEC = re.compile(r"(\w+)([*?]?) (\w+)")
# Field types that are not nodes, or nodes with nothing to check (contexts and operators).
_NOT_NODES = frozenset(
    {"identifier", "string", "constant", "int", "expr_context", "boolop", "operator", "unaryop", "cmpop"}
)
_SKIPPED_NODES = (ast.expr_context, ast.boolop, ast.operator, ast.unaryop, ast.cmpop)
_FIELDS: dict[type, tuple[tuple[str, ...], tuple[str, ...]] | None] = {}
_STRINGY = (ast.Constant, ast.JoinedStr, ast.BinOp)
_OTHER = Binding(Kind.OTHER)


def _fields(kind: type) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The fields of a node type that hold one node and those that hold lists of nodes, from its grammar
    line (``Call(expr func, expr* args, keyword* keywords)``); contexts and operators are left out."""
    found = _FIELD_SPEC.findall(kind.__doc__ or "")
    if not found and getattr(kind, "_fields", None):  # no grammar line: look at the values at run time
        return None
    singles = tuple(name for typ, mark, name in found if typ not in _NOT_NODES and mark != "*")
    lists = tuple(name for typ, mark, name in found if typ not in _NOT_NODES and mark == "*")
    return singles, lists


def _generic(ctx: Context, node: ast.AST, scope: Scope, flags: int, stack: list[Frame]) -> None:
    flags &= INHERITED
    kind = type(node)
    if kind not in _FIELDS:
        _FIELDS[kind] = _fields(kind)
    fields = _FIELDS[kind]
    if fields is None:
        _by_value(node, scope, flags, stack)
        return
    singles, lists = fields
    # Names and numbers are settled here rather than queued: they are most of the leaves.
    for name in singles:
        value = getattr(node, name, None)
        if not isinstance(value, ast.AST):  # None, or a scalar a newer grammar line did not announce
            continue
        if isinstance(value, ast.Name):
            _name(ctx, value, scope, flags, stack)
        elif not isinstance(value, ast.Constant) or isinstance(value.value, str | bytes):
            stack.append((value, scope, flags))
    for name in lists:
        for item in getattr(node, name, ()):
            if not isinstance(item, ast.AST):
                continue
            if isinstance(item, ast.Name):
                _name(ctx, item, scope, flags, stack)
            elif not isinstance(item, ast.Constant) or isinstance(item.value, str | bytes):
                stack.append((item, scope, flags))


def _by_value(node: ast.AST, scope: Scope, flags: int, stack: list[Frame]) -> None:
    for name in node._fields:
        value = getattr(node, name, None)
        if isinstance(value, list):
            stack.extend((item, scope, flags) for item in value if isinstance(item, ast.AST))
        elif isinstance(value, ast.AST) and not isinstance(value, _SKIPPED_NODES):
            stack.append((value, scope, flags))


def _name(ctx: Context, node: ast.Name, scope: Scope, flags: int, stack: list[Frame]) -> None:
    if not isinstance(node.ctx, ast.Load):
        ctx.bind(node.id, node, scope, _OTHER)
    elif node.id[:2] == "__" and is_dunder(node.id):
        # A class body may reuse its own special methods: ``__rmul__ = __mul__``.
        own = scope.kind == "class" and node.id in DEFINABLE_DUNDERS
        if node.id not in READABLE_DUNDER_NAMES and not own:
            ctx.dunder_name(node.id, node)
    else:
        ctx.uses.append((Tag.OPERAND if flags & (OPERAND | ANNOTATION) else Tag.VALUE, node.id, scope, node, None))


def _attribute(ctx: Context, node: ast.Attribute, scope: Scope, flags: int, stack: list[Frame]) -> None:
    attribute_chain(ctx, node, scope, stack, operand=bool(flags & OPERAND), call=None)


def _call(ctx: Context, node: ast.Call, scope: Scope, flags: int, stack: list[Frame]) -> None:
    func = node.func
    args_done = False
    if isinstance(func, ast.Name):
        name = func.id
        if name in SPECIAL_CALLEES:
            special_call(ctx, node, name)
        elif name in WRAPPERS:
            wrapper_names(ctx, node, name, scope)
        if name[:2] == "__" and is_dunder(name):
            if name not in READABLE_DUNDER_NAMES:
                ctx.dunder_name(name, func)
        else:
            ctx.uses.append((Tag.CALLEE, name, scope, func, node))
            if name in ATTRIBUTE_BUILTINS:
                attribute_builtin(ctx, name, node, scope, stack)
                args_done = True
            elif name == "type":
                type_call(ctx, node, scope)
            elif (name == "isinstance" or name == "issubclass") and len(node.args) == 2:
                stack.append((node.args[0], scope, 0))
                classes = node.args[1]
                items = classes.elts if isinstance(classes, ast.Tuple) else [classes]
                stack.extend([(item, scope, OPERAND) for item in items])
                args_done = True
    elif isinstance(func, ast.Attribute):
        if func.attr in SPECIAL_CALLEES:
            special_call(ctx, node, func.attr)
        elif func.attr == "register" and len(node.args) == 1 and not node.keywords:
            register_call(ctx, node.args[0], scope)
        elif func.attr in WRAPPERS:
            wrapper_names(ctx, node, func.attr, scope)
        attribute_chain(ctx, func, scope, stack, operand=False, call=node)
    else:
        stack.append((func, scope, 0))
    if not args_done:
        for arg in node.args:
            if isinstance(arg, ast.Name):
                _name(ctx, arg, scope, 0, stack)
            elif not isinstance(arg, ast.Constant) or isinstance(arg.value, str | bytes):
                stack.append((arg, scope, 0))
    for keyword in node.keywords:
        arg_name = keyword.arg
        dunder = arg_name is not None and arg_name[:2] == "__" and is_dunder(arg_name)
        if dunder and arg_name in INTERNAL_DUNDERS:
            ctx.add("dunder-string", keyword, f"keyword argument {arg_name!r} names interpreter internals")
        stack.append((keyword.value, scope, 0))


def _compare(ctx: Context, node: ast.Compare, scope: Scope, flags: int, stack: list[Frame]) -> None:
    inherited = (flags & INHERITED) | OPERAND
    stack.extend((operand, scope, inherited) for operand in [node.left, *node.comparators])


def _subscript(ctx: Context, node: ast.Subscript, scope: Scope, flags: int, stack: list[Frame]) -> None:
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


def _constant(ctx: Context, node: ast.Constant, scope: Scope, flags: int, stack: list[Frame]) -> None:
    value = node.value
    if isinstance(value, str):
        plain = "__" not in value and "{" not in value and value.isascii()  # the common case, decided fast
        if not (plain and not flags & (ANNOTATION | FORWARD)) and id(node) not in ctx.docstrings:
            _scan(ctx, value, node, flags)
    elif isinstance(value, bytes):
        _scan(ctx, value.decode("latin-1"), node, 0)


def _binop(ctx: Context, node: ast.BinOp, scope: Scope, flags: int, stack: list[Frame]) -> None:
    if isinstance(node.op, ast.Add | ast.Mult | ast.Mod) and (
        isinstance(node.left, _STRINGY) or isinstance(node.right, _STRINGY)
    ):
        folded = ctx.fold(node)
        if folded is not None:
            _scan(ctx, folded, node, flags)
            return
    _generic(ctx, node, scope, flags, stack)


def _joined(ctx: Context, node: ast.JoinedStr, scope: Scope, flags: int, stack: list[Frame]) -> None:
    folded = ctx.fold(node)
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
