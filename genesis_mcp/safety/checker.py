"""The walk: one iterative pass over the syntax tree that applies every rule it can on the spot and
records name uses for ``finish.py``. An explicit stack (never recursion) keeps deep nesting harmless.

This module holds the loop and the expression handlers; ``call_handler.py`` holds calls, ``statements.py``
what binds names.
Speed matters (a tool is checked on every create): handlers are looked up by exact node type, names and
constants are settled by their parent instead of being queued, and node types are compared with ``is``
(the parser only makes the exact classes). The order in which nodes are queued is part of the behaviour
(``global`` must be seen before the bindings it moves), so handlers keep it.
"""

from __future__ import annotations

import ast
from typing import Final

from genesis_mcp.safety.attributes import attribute_chain
from genesis_mcp.safety.call_handler import call, is_class_of, own_class, type_peer
from genesis_mcp.safety.context import (
    ANNOTATION,
    CLASSINFO,
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
from genesis_mcp.safety.folding import may_fold
from genesis_mcp.safety.names import (
    TYPING_GENERICS,
    TYPING_LITERALS,
)
from genesis_mcp.safety.nodes import (
    Add,
    Attribute,
    BinOp,
    BitOr,
    Call,
    Compare,
    Constant,
    FormattedValue,
    In,
    Is,
    IsNot,
    JoinedStr,
    List,
    Load,
    Mod,
    Mult,
    Name,
    NotIn,
    Set,
    Store,
    Subscript,
    Tuple,
)
from genesis_mcp.safety.scopes import Scope
from genesis_mcp.safety.statements import HANDLERS
from genesis_mcp.safety.visit import child, constant, generic_handler, name, scan

__all__ = ["walk"]

_STRING_OPS: Final = frozenset({Add, Mult, Mod})
_STRINGY: Final = frozenset({Constant, JoinedStr, BinOp})
_generic_binop: Final = generic_handler(BinOp)
_generic_joined: Final = generic_handler(JoinedStr)


def _attribute(ctx: Context, node: ast.Attribute, scope: Scope, flags: int, stack: list[Frame]) -> None:
    classinfo = bool(flags & (CLASSINFO | ANNOTATION))
    if classinfo:
        ctx.class_positions.add(id(node))
    attribute_chain(ctx, node, scope, stack, classinfo or bool(flags & OPERAND), None, classinfo)


def _compare(ctx: Context, node: ast.Compare, scope: Scope, flags: int, stack: list[Frame]) -> None:
    if flags & ANNOTATION and not flags & LITERAL:  # annotations run: spy == type would hand type to spy
        ctx.add("class-machinery", node, "an annotation may not compare; annotate with classes")
    inherited = (flags & INHERITED) | OPERAND
    operands = [node.left, *node.comparators]
    op, right = node.ops[-1], node.comparators[-1]  # in k in T in spy, spy's __contains__ is given T itself
    if (type(op) is In or type(op) is NotIn) and type(right) is Name:
        ctx.read_only.add(id(right))  # k in TABLE: the table's own __contains__ reads it
    if not all(type(op) is Is or type(op) is IsNot for op in node.ops):
        if any(map(is_class_of, operands)):
            # ==, in, < call the other side's __eq__/__contains__/__lt__ with the class: only classes there
            for operand in operands:
                if not is_class_of(operand):
                    type_peer(ctx, operand, scope, "compare")
        elif not all(type(o) is Constant for o in operands):
            _class_operands(ctx, operands, scope)
    for operand in operands:
        stack.append((operand, scope, inherited))


def _class_operands(ctx: Context, operands: list[ast.expr], scope: Scope) -> None:
    """Names compared (C == spy, C in spy, spy in (C,)): if one is a class of the tool, the other side's
    __eq__/__contains__ gets it (objects: a class handed out)."""
    for operand in operands:
        kind = type(operand)
        if kind is Name:
            ctx.class_operands.append((operand.id, scope))  # type: ignore[attr-defined]
        elif kind is Tuple or kind is List or kind is Set:
            ctx.class_operands.extend((e.id, scope) for e in operand.elts if type(e) is Name)  # type: ignore[attr-defined]


def _subscript(ctx: Context, node: ast.Subscript, scope: Scope, flags: int, stack: list[Frame]) -> None:
    inherited = flags & INHERITED
    if type(node.ctx) is Load:
        if type(node.value) is Name:
            ctx.read_only.add(id(node.value))  # TABLE[k] is a read, TABLE[k] = v is not (read_only_table)
    elif type(node.ctx) is Store and id(node) not in ctx.judged:  # for c[k] in ...: a value not known here
        ctx.container_stores.append((node.value, None, scope))
    head = head_name(node.value)
    if flags & ANNOTATION and not flags & LITERAL:
        _annotation_class(ctx, node.value, scope)
    elif type(node.value) is Name and type(node.ctx) is Load and id(node) not in ctx.class_heads:
        ctx.subscripted.append((node.value.id, scope))  # Reader[int] of a Generic class: the class, aliased
    if is_class_of(node.value):  # type(x)[int] is type[int]: a class factory when called
        ctx.add("class-machinery", node, "the class of a value may not be subscripted; it makes a class factory")
    if (head == "type" or head == "Type") and not flags & (ANNOTATION | FORWARD):
        # type[X] and typing.Type[X] call type() when called: class factories outside annotations
        ctx.add("class-machinery", node, f"{head}[...] is only for annotations; outside them it creates classes")
    stack.append((node.value, scope, inherited | OPERAND))
    index = node.slice
    if head in TYPING_LITERALS:
        stack.append((index, scope, LITERAL))
    elif head == "Annotated" and type(index) is Tuple and index.elts:
        first, *rest = index.elts
        stack.append((first, scope, inherited | FORWARD))
        for item in rest:
            stack.append((item, scope, LITERAL))
    else:  # a lookup key: type(x) there is not a class handed out (a stored key is: iterating gives it back)
        lookup = OPERAND if type(node.ctx) is Load and head != "InitVar" else 0  # InitVar[X].type is X
        if type(index) is Name and not flags & ANNOTATION:  # annotations subscript only classes (judged)
            ctx.class_operands.append((index.id, scope))  # spy[C]: a class of the tool handed to __getitem__
        if lookup and own_class(index):  # TABLE[type(self)]: TABLE must be a plain dict (a tool's
            lookup = 0  # __getitem__ would get the class), then the key stays in the lookup (reachable.py)
            type_peer(ctx, node.value, scope, "table")
            ctx.read_only.add(id(index))
        elif lookup and is_class_of(index):
            type_peer(ctx, node.value, scope, "table")  # only a plain dict does not hand the key on
        if head in TYPING_GENERICS and head != "Annotated":  # Annotated[X, m].copy is X.copy: not just an argument
            for item in index.elts if isinstance(index, Tuple) else (index,):
                if type(item) is Name or type(item) is Attribute:
                    ctx.typing_args[id(item)] = (node.value, scope)
        stack.append((index, scope, inherited | FORWARD if head in TYPING_GENERICS else inherited | lookup))


def _annotation_class(ctx: Context, node: ast.AST, scope: Scope) -> None:
    """What an annotation subscripts or joins with |: a class, an import, or a module's attribute path (judged
    in finish: class_rules._annotation_base), or a constant (None, a string)."""
    root = node
    while type(root) is Attribute:
        root = root.value
    if type(root) is Name:
        ctx.uses.append((Tag.ANNOTATION_BASE, root.id, scope, node, "path" if root is not node else None))
    elif type(node) is not Constant and type(node) not in (BinOp, Subscript):
        ctx.add("class-machinery", node, "annotations run: use classes, imports and their subscripts in them")


def _binop(ctx: Context, node: ast.BinOp, scope: Scope, flags: int, stack: list[Frame]) -> None:
    if flags & ANNOTATION and not flags & LITERAL:  # annotations run: spy | type hands type to spy.__or__
        if type(node.op) is not BitOr:
            ctx.add("class-machinery", node, "an annotation may only join classes with |")
        for side in (node.left, node.right):
            _annotation_class(ctx, side, scope)
    if type(node.op) in _STRING_OPS and (type(node.left) in _STRINGY or type(node.right) in _STRINGY):
        folded = ctx.fold(node)
        if folded is not None:
            scan(ctx, folded, node, flags)
            return
    _generic_binop(ctx, node, scope, flags, stack)


def _formatted(ctx: Context, node: ast.FormattedValue, scope: Scope, flags: int, stack: list[Frame]) -> None:
    inherited = flags & INHERITED
    if node.format_spec is not None:
        stack.append((node.format_spec, scope, inherited))
    value = node.value
    if type(value) is Name:
        ctx.read_only.add(id(value))  # f"allowed: {TABLE}" only reads the table (read_only_table)
    child(ctx, value, scope, inherited | OPERAND, stack)  # f"{type(x)}": only text is made of it


def _joined(ctx: Context, node: ast.JoinedStr, scope: Scope, flags: int, stack: list[Frame]) -> None:
    folded = ctx.fold(node) if may_fold(node) else None
    if folded is not None:
        scan(ctx, folded, node, flags)
    else:
        _generic_joined(ctx, node, scope, flags, stack)


_SPECIFIC: Final[dict[type, Handler]] = {
    **HANDLERS,
    Name: name,
    Attribute: _attribute,
    Call: call,
    Compare: _compare,
    Subscript: _subscript,
    Constant: constant,
    BinOp: _binop,
    JoinedStr: _joined,
    FormattedValue: _formatted,
}


def _node_classes() -> list[type[ast.AST]]:
    found: list[type[ast.AST]] = []
    pending: list[type[ast.AST]] = [ast.AST]
    while pending:
        kind = pending.pop()
        found.append(kind)
        pending.extend(kind.__subclasses__())
    return found


# Every node class gets its handler up front, so the loop below is one dictionary lookup per node. A tree
# with a node class made after this (not one from the parser) stops the walk: the check then fails closed.
_HANDLERS: Final[dict[type[ast.AST], Handler]] = {
    kind: _SPECIFIC.get(kind) or generic_handler(kind) for kind in _node_classes()
}


def walk(tree: ast.AST, ctx: Context) -> None:
    """Apply every rule to a parsed module; findings land in ``ctx``."""
    stack: list[Frame] = [(tree, Scope("module"), 0)]
    handlers = _HANDLERS
    pop = stack.pop
    visited = 0
    while stack:
        node, scope, flags = pop()
        visited += 1
        handlers[type(node)](ctx, node, scope, flags, stack)
    ctx.visited = visited
    finish(ctx)
