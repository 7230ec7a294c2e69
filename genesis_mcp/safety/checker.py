"""The walk: one iterative pass over the syntax tree that applies every rule it can on the spot and
records name uses for ``finish.py``. An explicit stack (never recursion) keeps deep nesting harmless.

This module holds the loop and the expression handlers; ``statements.py`` holds what binds names.
Speed matters (a tool is checked on every create): handlers are looked up by exact node type, names and
constants are settled by their parent instead of being queued, and node types are compared with ``is``
(the parser only makes the exact classes). The order in which nodes are queued is part of the behaviour
(``global`` must be seen before the bindings it moves), so handlers keep it.
"""

from __future__ import annotations

import ast

from genesis_mcp.safety.attributes import attribute_builtin, attribute_chain, attribute_name
from genesis_mcp.safety.calls import SPECIAL_CALLEES, WRAPPERS, register_call, special_call, type_call, wrapper_names
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
    ATTRIBUTE_BUILTINS,
    CONTAINER_MUTATORS,
    INTERNAL_DUNDERS,
    INTROSPECTION_ATTRIBUTES,
    READABLE_DUNDER_NAMES,
    TYPING_GENERICS,
    TYPING_LITERALS,
    is_dunder,
)
from genesis_mcp.safety.scopes import Scope
from genesis_mcp.safety.statements import HANDLERS
from genesis_mcp.safety.visit import child, children, constant, generic_handler, name, scan

__all__ = ["walk"]

_Name, _Attribute, _Tuple, _Load = ast.Name, ast.Attribute, ast.Tuple, ast.Load
_CALLEE = Tag.CALLEE
# Callees and methods with rules of their own; any other call only records a use of its name.
_NOTABLE_CALLEES = SPECIAL_CALLEES | ATTRIBUTE_BUILTINS | frozenset(WRAPPERS) | {"type", "isinstance", "issubclass"}
# namedtuple/NamedTuple/TypedDict name fields; dataclass makes code of annotations (see _field_maker).
_FIELD_MAKERS = frozenset({"namedtuple", "NamedTuple", "TypedDict", "dataclass"})
_GETTERS = frozenset({"attrgetter", "methodcaller"})
_NOTABLE_METHODS = (
    SPECIAL_CALLEES | frozenset(WRAPPERS) | _FIELD_MAKERS | _GETTERS | CONTAINER_MUTATORS | {"register", "join", "get"}
)
_STRING_OPS = frozenset({ast.Add, ast.Mult, ast.Mod})
# Builtins that read a collection without changing it or handing it on; and ones that only make text.
_READERS = frozenset(
    {"len", "sorted", "list", "tuple", "set", "frozenset", "print", "repr", "str", "min", "max", "sum", "any"}
    | {"all", "enumerate", "reversed", "iter", "zip", "dict", "bool", "isinstance", "id", "hash", "format"}
)
_TEXT = frozenset({"str", "repr", "print", "format", "ascii"})
_STRINGY = frozenset({ast.Constant, ast.JoinedStr, ast.BinOp})
_generic_binop = generic_handler(ast.BinOp)
_generic_joined = generic_handler(ast.JoinedStr)


def _attribute(ctx: Context, node: ast.Attribute, scope: Scope, flags: int, stack: list[Frame]) -> None:
    classinfo = bool(flags & (CLASSINFO | ANNOTATION))
    if classinfo:
        ctx.class_positions.add(id(node))
    attribute_chain(ctx, node, scope, stack, classinfo or bool(flags & OPERAND), None, classinfo)


def _call(ctx: Context, node: ast.Call, scope: Scope, flags: int, stack: list[Frame]) -> None:
    func = node.func
    arguments = 0
    node_args: list[ast.expr] = node.args
    if type(func) is _Name:
        callee = func.id
        if callee in _NOTABLE_CALLEES or callee[0] == "_":
            if _named_call(ctx, node, callee, scope, flags, stack):
                return
        else:  # most calls: only the use of the name is recorded
            ctx.uses.append((_CALLEE, callee, scope, func, node))
            if callee in _READERS:  # len(T), sorted(T), str(type(x)): they only read what they are given
                _read_only(ctx, node, callee, scope)
                if callee in _TEXT:
                    arguments = OPERAND
            elif callee in _FIELD_MAKERS or callee in ctx.enum_classes:
                _field_maker(ctx, node, callee, scope)
            elif callee in _GETTERS:
                _getter_names(ctx, node, callee, scope)
    elif type(func) is _Attribute:
        method = func.attr
        if method in _NOTABLE_METHODS:
            if method in SPECIAL_CALLEES:
                special_call(ctx, node, method)
            elif method == "register":
                for argument in node.args:
                    register_call(ctx, argument, scope)
                for keyword in node.keywords:
                    register_call(ctx, keyword.value if keyword.arg else node, scope)
            elif method in WRAPPERS:
                wrapper_names(ctx, node, method, scope)
            elif method == "join":  # ", ".join(T) or str.join(", ", T): only str's own join reads
                if type(func.value) is ast.Constant:
                    _read_only(ctx, node, None, scope)
                elif type(func.value) is _Name and func.value.id == "str":
                    _read_only(ctx, node, "str", scope)
            elif method == "get":
                if node.args and _is_class_of(node.args[0]):
                    # TABLE.get(type(x)): a lookup key, not a class handed out, while TABLE is a plain dict
                    _type_peer(ctx, func.value, scope, "get")
                    stack.append((node.args[0], scope, OPERAND))
                    node_args = node.args[1:]
            elif method in _GETTERS:
                _getter_names(ctx, node, method, scope)
            elif method in CONTAINER_MUTATORS:  # c.append(v); dict.update(c, v) puts v into its first argument
                values = [*node.args, *(k.value for k in node.keywords)]
                ctx.container_stores.append((func.value, values, scope))
                if values:
                    ctx.container_stores.append((values[0], values[1:], scope))
            else:
                _field_maker(ctx, node, method, scope)
        attribute_chain(ctx, func, scope, stack, False, node)
    else:
        if type(func) is ast.Call and head_name(func.func) == "wraps":  # wraps(src)(f): f is rewrapped
            ctx.rewrapped.update(a.id for a in node.args if type(a) is _Name)
        stack.append((func, scope, 0))
    children(ctx, node_args, scope, arguments, stack)
    if node.keywords:
        _keywords(ctx, node, scope, stack)


def _getter_names(ctx: Context, node: ast.Call, kind: str, scope: Scope) -> None:
    """attrgetter("m")/methodcaller("m") read m off whatever they get, a class included (see own_object)."""
    for argument in node.args if kind == "attrgetter" else node.args[:1]:
        text = ctx.fold(argument)
        if isinstance(text, str):
            for part in text.split("."):
                ctx.attribute_loads.append((part, node, scope))


def _read_only(ctx: Context, node: ast.Call, builtin: str | None, scope: Scope) -> None:
    # A name passed to any other call is a use that is not a read: callers.read_only_table sees it so.
    for argument in node.args:
        if type(argument) is _Name:
            ctx.read_only.add(id(argument))
    if builtin is not None:  # only while the name is the builtin's: def sorted(t): t[0] = s would change T
        ctx.readers.append((builtin, scope, node))


def _field_maker(ctx: Context, node: ast.Call, callee: str, scope: Scope) -> None:
    if callee in ctx.enum_classes:
        if len(node.args) + len(node.keywords) > 1:
            special_call(ctx, node, "Enum")  # the functional API through the tool's own Enum class
    elif callee == "dataclass":
        if id(node) not in ctx.decorators:
            _dataclass_call(ctx, node)
    else:
        _tuple_fields(ctx, node, scope)


def _dataclass_call(ctx: Context, node: ast.Call) -> None:
    """dataclass(...)(cls) on a class made elsewhere turns whatever its annotations hold into code it runs."""
    ctx.add("class-machinery", node, "dataclass may only decorate a class statement: @dataclass or "
            "@dataclasses.dataclass(...)")  # fmt: skip


def _tuple_fields(ctx: Context, node: ast.Call, scope: Scope) -> None:
    """namedtuple/NamedTuple field names become attributes that ``case X(a, b)`` reads (__match_args__)."""
    if any(isinstance(a, ast.Starred) for a in node.args):
        ctx.add("computed-attribute-name", node, "field names of a named tuple must be written out, not unpacked")
        return
    for keyword in node.keywords:  # NamedTuple("P", x=int) and namedtuple("P", field_names=[...])
        if keyword.arg is None:
            ctx.add("computed-attribute-name", keyword, "field names of a named tuple must be written out")
        elif keyword.arg in ("field_names", "fields"):
            _tuple_fields(ctx, ast.Call(func=node.func, args=[node, keyword.value], keywords=[]), scope)
        elif keyword.arg not in ("rename", "defaults", "module") and (
            keyword.arg[:1] == "_" or keyword.arg in INTROSPECTION_ATTRIBUTES
        ):
            attribute_name(ctx, scope, keyword.arg, keyword)
    if len(node.args) < 2:
        return
    fields = node.args[1]
    text = ctx.fold(fields)
    items: list[tuple[str | None, ast.AST]]
    if isinstance(text, str):
        items = [(name, fields) for name in text.replace(",", " ").split()]
    elif isinstance(fields, ast.Dict):  # TypedDict("T", {"a": int}): keys are the field names
        items = [(ctx.fold(k) if k is not None else None, k or fields) for k in fields.keys]
    elif isinstance(fields, ast.List | ast.Tuple):
        heads = [e.elts[0] if isinstance(e, ast.Tuple) and e.elts else e for e in fields.elts]
        items = [(ctx.fold(head), head) for head in heads]
    else:
        items = [(None, fields)]
    for field, where in items:
        if not isinstance(field, str) or not field.isidentifier():
            ctx.add("computed-attribute-name", where, "field names must be constant identifiers")
        elif field[:1] == "_" or field in INTROSPECTION_ATTRIBUTES:
            attribute_name(ctx, scope, field, where)


def _named_call(ctx: Context, node: ast.Call, callee: str, scope: Scope, flags: int, stack: list[Frame]) -> bool:
    """A call of a name with rules of its own; True when the arguments are taken care of."""
    if callee in SPECIAL_CALLEES:
        special_call(ctx, node, callee)
    elif callee in WRAPPERS:
        wrapper_names(ctx, node, callee, scope)
    if callee[:2] == "__" and is_dunder(callee):
        if callee not in READABLE_DUNDER_NAMES:
            ctx.dunder_name(callee, node.func)
        return False
    ctx.uses.append((_CALLEE, callee, scope, node.func, node))
    if callee in ATTRIBUTE_BUILTINS:
        attribute_builtin(ctx, callee, node, scope, stack)
    elif callee == "type":
        type_call(ctx, node, scope, bool(flags & (OPERAND | CLASSINFO)))
        return False
    elif (callee == "isinstance" or callee == "issubclass") and len(node.args) == 2:
        stack.append((node.args[0], scope, 0))
        classes = node.args[1]
        for item in classes.elts if type(classes) is _Tuple else [classes]:
            stack.append((item, scope, CLASSINFO))
    else:
        return False
    _keywords(ctx, node, scope, stack)
    return True


def _keywords(ctx: Context, node: ast.Call, scope: Scope, stack: list[Frame]) -> None:
    for keyword in node.keywords:
        arg_name = keyword.arg
        if arg_name is None and head_name(node.func) == "SimpleNamespace" and not _plain_keys(ctx, keyword.value):
            # SimpleNamespace(**{name: v}) sets any attribute, dunders the standard library reads included
            ctx.add("computed-attribute-name", keyword, "SimpleNamespace(**...) needs a dict display with constant "
                    "names that are not dunders; write the keywords out")  # fmt: skip
        if arg_name in INTERNAL_DUNDERS:
            ctx.add("dunder-string", keyword, f"keyword argument {arg_name!r} names interpreter internals")
        stack.append((keyword.value, scope, 0))


def _plain_keys(ctx: Context, node: ast.AST) -> bool:
    if not isinstance(node, ast.Dict):
        return False
    keys = [ctx.fold(k) if k is not None else None for k in node.keys]
    return all(isinstance(k, str) and k.isidentifier() and not k.startswith("__") for k in keys)


def _compare(ctx: Context, node: ast.Compare, scope: Scope, flags: int, stack: list[Frame]) -> None:
    if flags & ANNOTATION and not flags & LITERAL:  # annotations run: spy == type would hand type to spy
        ctx.add("class-machinery", node, "an annotation may not compare; annotate with classes")
    inherited = (flags & INHERITED) | OPERAND
    operands = [node.left, *node.comparators]
    for op, right in zip(node.ops, node.comparators, strict=True):
        if (type(op) is ast.In or type(op) is ast.NotIn) and type(right) is _Name:
            ctx.read_only.add(id(right))  # k in TABLE: the table's own __contains__ reads it
    if not all(type(op) is ast.Is or type(op) is ast.IsNot for op in node.ops) and any(map(_is_class_of, operands)):
        # ==, in, < call the other side's __eq__/__contains__/__lt__ with the class: only classes may be there
        for operand in operands:
            if not _is_class_of(operand):
                _type_peer(ctx, operand, scope, "compare")
    for operand in operands:
        stack.append((operand, scope, inherited))


def _is_class_of(node: ast.AST) -> bool:
    """type(x) or x.__class__: the class of a value, which only classes may meet (type(None) and other
    classes of literals are known builtin classes, not a value's)."""
    if type(node) is _Attribute:
        return node.attr == "__class__"
    return (
        type(node) is ast.Call
        and type(node.func) is _Name
        and node.func.id == "type"
        and not (len(node.args) == 1 and type(node.args[0]) is ast.Constant)
    )


def _type_peer(ctx: Context, node: ast.AST, scope: Scope, how: str) -> None:
    """What type(x) meets in a comparison or a lookup: a class, a builtin, a literal, or a display of them."""
    kind = type(node)
    if kind is ast.Constant or _is_class_of(node):
        return
    if kind is ast.Tuple or kind is ast.List or kind is ast.Set:
        for element in node.elts:  # type: ignore[attr-defined]
            _type_peer(ctx, element, scope, how)
        return
    root = node
    while type(root) is _Attribute:
        root = root.value
    if type(root) is _Name:  # a path (mod.Class, Holder.peers) counts only from a module: "compare-path"
        ctx.uses.append((Tag.TYPE_PEER, root.id, scope, node, how if root is node else how + "-path"))
    else:
        ctx.add("class-machinery", node, "type(x) may be compared only with classes, literals or tuples of them")


def _subscript(ctx: Context, node: ast.Subscript, scope: Scope, flags: int, stack: list[Frame]) -> None:
    inherited = flags & INHERITED
    if type(node.ctx) is _Load:
        if type(node.value) is _Name:
            ctx.read_only.add(id(node.value))  # TABLE[k] is a read; TABLE[k] = v is not (callers.read_only_table)
    elif type(node.ctx) is ast.Store and id(node) not in ctx.judged:  # for c[k] in ...: a value not known here
        ctx.container_stores.append((node.value, None, scope))
    head = head_name(node.value)
    if flags & ANNOTATION and not flags & LITERAL:
        _annotation_class(ctx, node.value, scope)
    if _is_class_of(node.value):  # type(x)[int] is type[int]: a class factory when called
        ctx.add("class-machinery", node, "the class of a value may not be subscripted; it makes a class factory")
    if (head == "type" or head == "Type") and not flags & (ANNOTATION | FORWARD):
        # type[X] and typing.Type[X] call type() when called: class factories outside annotations
        ctx.add("class-machinery", node, f"{head}[...] is only for annotations; outside them it creates classes")
    stack.append((node.value, scope, inherited | OPERAND))
    index = node.slice
    if head in TYPING_LITERALS:
        stack.append((index, scope, LITERAL))
    elif head == "Annotated" and type(index) is _Tuple and index.elts:
        first, *rest = index.elts
        stack.append((first, scope, inherited | FORWARD))
        for item in rest:
            stack.append((item, scope, LITERAL))
    else:  # a lookup key: type(x) there is not a class handed out (a stored key is: iterating gives it back)
        lookup = OPERAND if type(node.ctx) is _Load and head != "InitVar" else 0  # InitVar[X].type is X
        if lookup and _is_class_of(index):
            _type_peer(ctx, node.value, scope, "table")  # only a plain dict does not hand the key on
        stack.append((index, scope, inherited | FORWARD if head in TYPING_GENERICS else inherited | lookup))


def _annotation_class(ctx: Context, node: ast.AST, scope: Scope) -> None:
    """What an annotation subscripts or joins with |: a class, an import, or a module's attribute path (judged
    in finish: class_rules._annotation_base), or a constant (None, a string)."""
    root = node
    while type(root) is _Attribute:
        root = root.value
    if type(root) is _Name:
        ctx.uses.append((Tag.ANNOTATION_BASE, root.id, scope, node, "path" if root is not node else None))
    elif type(node) is not ast.Constant and type(node) not in (ast.BinOp, ast.Subscript):
        ctx.add("class-machinery", node, "annotations run: use classes, imports and their subscripts in them")


def _binop(ctx: Context, node: ast.BinOp, scope: Scope, flags: int, stack: list[Frame]) -> None:
    if flags & ANNOTATION and not flags & LITERAL:  # annotations run: spy | type hands type to spy.__or__
        if type(node.op) is not ast.BitOr:
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
    child(ctx, node.value, scope, inherited | OPERAND, stack)  # f"{type(x)}": only text is made of it


def _joined(ctx: Context, node: ast.JoinedStr, scope: Scope, flags: int, stack: list[Frame]) -> None:
    folded = ctx.fold(node) if may_fold(node) else None
    if folded is not None:
        scan(ctx, folded, node, flags)
    else:
        _generic_joined(ctx, node, scope, flags, stack)


_SPECIFIC: dict[type, Handler] = {
    **HANDLERS,
    ast.Name: name,
    ast.Attribute: _attribute,
    ast.Call: _call,
    ast.Compare: _compare,
    ast.Subscript: _subscript,
    ast.Constant: constant,
    ast.BinOp: _binop,
    ast.JoinedStr: _joined,
    ast.FormattedValue: _formatted,
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
_HANDLERS: dict[type[ast.AST], Handler] = {
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
