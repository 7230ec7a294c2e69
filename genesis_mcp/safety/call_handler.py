"""The walk's handler for calls: the builtins, library functions and methods with rules of their own
(getattr and kin, type(), field makers, wrappers, register, readers of tables, container mutators), and
what ``type(x)`` may meet (shared with comparisons and subscripts in checker.py).
"""

from __future__ import annotations

import ast
from typing import Final

from genesis_mcp.safety.attributes import CLASS_CHANNELS, attribute_chain
from genesis_mcp.safety.calls import SPECIAL_CALLEES, WRAPPERS, register_call, special_call, type_call, wrapper_names
from genesis_mcp.safety.context import CLASSINFO, OPERAND, Context, Frame, Tag
from genesis_mcp.safety.definitions import head_name
from genesis_mcp.safety.dynamic_names import attribute_builtin
from genesis_mcp.safety.field_makers import enum_method_class, field_maker
from genesis_mcp.safety.names import (
    ATTRIBUTE_BUILTINS,
    CONTAINER_MUTATORS,
    INTERNAL_DUNDERS,
    READABLE_DUNDER_NAMES,
    is_dunder,
)
from genesis_mcp.safety.nodes import Attribute, Call, Constant, Dict, List, Name, Set, Subscript, Tuple
from genesis_mcp.safety.scopes import Scope
from genesis_mcp.safety.visit import children

__all__ = ["call", "is_class_of", "own_class", "type_peer"]

_CALLEE: Final = Tag.CALLEE
# Callees and methods with rules of their own; any other call only records a use of its name.
_NOTABLE_CALLEES: Final = (
    SPECIAL_CALLEES | ATTRIBUTE_BUILTINS | frozenset(WRAPPERS) | {"type", "isinstance", "issubclass"}
)
# namedtuple/NamedTuple/TypedDict name fields; dataclass makes code of annotations (see _field_maker).
_FIELD_MAKERS = frozenset({"namedtuple", "NamedTuple", "TypedDict", "dataclass"}) | {"NewType", "TypeVar", "ParamSpec"}
_FIELD_MAKERS |= {"TypeVarTuple"}  # and these name what they make (field_makers.made_name)
_GETTERS: Final = frozenset({"attrgetter", "methodcaller"})
# dataclasses functions given a class read its fields and call none of its methods (handed_out.py)
_CLASS_READERS: Final = frozenset({"fields", "is_dataclass"})
# Library functions that store their other arguments into their first: heapq's and bisect's.
_STORING_FUNCTIONS: Final = frozenset(
    {"heappush", "heappushpop", "heapreplace", "insort", "insort_left", "insort_right"}
)
_NOTABLE_METHODS: Final = (
    SPECIAL_CALLEES | frozenset(WRAPPERS) | _FIELD_MAKERS | _GETTERS | CONTAINER_MUTATORS | _STORING_FUNCTIONS
) | {"register", "join", "get"}
# Builtins that read a collection without changing it or handing it on; and ones that only make text.
_READERS: Final = frozenset(
    {"len", "sorted", "list", "tuple", "set", "frozenset", "print", "repr", "str", "min", "max", "sum", "any"}
    | {"all", "enumerate", "reversed", "iter", "zip", "dict", "bool", "isinstance", "id", "hash", "format"}
)
_TEXT: Final = frozenset({"str", "repr", "print", "format", "ascii"})


def call(ctx: Context, node: ast.Call, scope: Scope, flags: int, stack: list[Frame]) -> None:
    func = node.func
    arguments = 0
    node_args: list[ast.expr] = node.args
    if node_args and type(node_args[0]) is Name and node_args[0].id == "self":
        ctx.uses.append((Tag.SELF_GIVEN, "self", scope, node, node))
    if type(func) is Name:
        callee = func.id
        if callee in _NOTABLE_CALLEES or callee[0] == "_":
            if _named_call(ctx, node, callee, scope, flags, stack):
                return
        else:  # most calls: only the use of the name is recorded
            ctx.uses.append((_CALLEE, callee, scope, func, node))
            if callee == "super":
                ctx.super_calls.append(node)  # handed out unless an attribute is read off it at once
                ctx.trust(callee, scope, func)  # super().m is trusted as bound: a def super() would not be
                if len(node.args) == 2 and not (type(node.args[1]) is Name and node.args[1].id in ("self", "cls")):
                    ctx.add("class-machinery", node, "super(C, x) needs x to be self (or cls): super(C, C).m is "
                            "the plain function, run with anything as self")  # fmt: skip
            if callee in _READERS:  # len(T), sorted(T), str(type(x)): they only read what they are given
                _read_only(ctx, node, callee, scope)
                if callee in _TEXT:
                    arguments = OPERAND
                    ctx.trust(callee, scope, func)
            elif callee in _STORING_FUNCTIONS and node.args:  # heappush(h, v): v goes into h
                ctx.container_stores.append((node.args[0], node.args[1:], scope))
            elif (
                callee in _FIELD_MAKERS
                or callee in ctx.enum_classes
                or (bool(ctx.enum_classes) and enum_method_class(ctx, callee, scope))
            ):
                field_maker(ctx, node, callee, scope)
            elif callee in _GETTERS:
                _getter_names(ctx, node, callee, scope)
            elif callee in _CLASS_READERS:  # fields(C): reads a class, calls none of its methods
                ctx.class_reads.extend((id(a), func, scope) for a in node.args if type(a) is Name)
    elif type(func) is Attribute:
        method = func.attr
        if method == "__new__" and node.args:  # super().__new__(cls), X.__new__(type(self)): an object of it
            ctx.class_reads.append((id(node.args[0]), func, scope))
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
                if type(func.value) is Constant:
                    _read_only(ctx, node, None, scope)
                elif type(func.value) is Name and func.value.id == "str":
                    _read_only(ctx, node, "str", scope)
            elif method == "get":
                if node.args and own_class(node.args[0]):  # x.get(type(self)): x must be a plain dict
                    type_peer(ctx, func.value, scope, "get")
                    ctx.read_only.add(id(node.args[0]))  # then the class stays a key (reachable.py)
                if node.args and is_class_of(node.args[0]) and not own_class(node.args[0]):
                    # TABLE.get(type(x)): a lookup key, not a class handed out, while TABLE is a plain dict
                    type_peer(ctx, func.value, scope, "get")
                    stack.append((node.args[0], scope, OPERAND))
                    node_args = node.args[1:]
            elif method in _GETTERS:
                _getter_names(ctx, node, method, scope)
            elif method in _STORING_FUNCTIONS:  # heapq.heappush(h, v), bisect.insort(a, v): v goes into h
                if node.args:
                    ctx.container_stores.append((node.args[0], node.args[1:], scope))
            elif method in CONTAINER_MUTATORS:  # c.append(v); dict.update(c, v) puts v into its first argument
                values = [*node.args, *(k.value for k in node.keywords)]
                ctx.container_stores.append((func.value, values, scope))
                if values:
                    ctx.container_stores.append((values[0], values[1:], scope))
            else:
                field_maker(ctx, node, method, scope)
        attribute_chain(ctx, func, scope, stack, False, node)
    else:
        if type(func) is Call:
            if head_name(func.func) == "wraps":  # wraps(src)(f): f is rewrapped (a def? registration.py)
                for a in node.args:
                    ctx.rewrapped.add(a.id if type(a) is Name else "*")
                    if type(a) is Name:
                        ctx.uses.append((Tag.WRAPPED, a.id, scope, a, "rewrapped"))
            ctx.class_heads.add(id(func))  # type(self)(...): called at once, not handed out
            ctx.called_at_once[id(func)] = node
        elif type(func) is Subscript:
            ctx.class_heads.add(id(func))  # Stack[int](): an object, the class not handed out
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
                if part in CLASS_CHANNELS:
                    ctx.class_channels.add(part)


def _read_only(ctx: Context, node: ast.Call, builtin: str | None, scope: Scope) -> None:
    # A name passed to any other call is a use that is not a read: template_sources.read_only_table sees it so.
    # min(a, T, key=f) compares its arguments and gives each to f; sum(xs, T) and iter(f, T) hand T to the
    # items' __radd__ or the results' __eq__: those reach the tool's code themselves, not only their items.
    arguments = node.args
    if (builtin == "min" or builtin == "max") and len(arguments) > 1:
        arguments = []
    elif builtin == "sum" or builtin == "iter":
        arguments = arguments[:1]
    for argument in arguments:
        if type(argument) is Name:
            ctx.read_only.add(id(argument))
    if builtin is not None:  # only while the name is the builtin's: def sorted(t): t[0] = s would change T
        ctx.readers.append((builtin, scope, node))


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
    if callee in ATTRIBUTE_BUILTINS:  # getattr(m, "x") read as m.x: only while it is the builtin
        ctx.trust(callee, scope, node.func)
        attribute_builtin(ctx, callee, node, scope, stack)
    elif callee == "type":
        ctx.trust(callee, scope, node.func)
        type_call(ctx, node, scope, bool(flags & (OPERAND | CLASSINFO)))
        return False
    elif (callee == "isinstance" or callee == "issubclass") and len(node.args) == 2:
        ctx.trust(callee, scope, node.func)
        if type(node.args[0]) is Name:  # only looked at: no class here has an __instancecheck__ of its own
            ctx.read_only.add(id(node.args[0]))
        stack.append((node.args[0], scope, 0))
        classes = node.args[1]
        for item in classes.elts if type(classes) is Tuple else [classes]:
            stack.append((item, scope, CLASSINFO))
    else:
        return False
    _keywords(ctx, node, scope, stack)
    return True


def _keywords(ctx: Context, node: ast.Call, scope: Scope, stack: list[Frame]) -> None:
    if "logging" in ctx.policy.module_attributes:
        _log_call(ctx, node)
    for keyword in node.keywords:
        arg_name = keyword.arg
        if arg_name is None and head_name(node.func) == "SimpleNamespace" and not _plain_keys(ctx, keyword.value):
            # SimpleNamespace(**{name: v}) sets any attribute, dunders the standard library reads included
            ctx.add("computed-attribute-name", keyword, "SimpleNamespace(**...) needs a dict display with constant "
                    "names that are not dunders; write the keywords out")  # fmt: skip
        if arg_name in INTERNAL_DUNDERS:
            ctx.add("dunder-string", keyword, f"keyword argument {arg_name!r} names interpreter internals")
        elif arg_name is not None and arg_name[:2] == "__" and head_name(node.func) == "SimpleNamespace":
            # SimpleNamespace(__name__=n) sets it: wraps() copies it onto a function, copy looks it up
            ctx.add("dunder-string", keyword, f"SimpleNamespace may not be given {arg_name!r}; use a plain name")
        stack.append((keyword.value, scope, 0))


_LOG_METHODS: Final = frozenset({"debug", "info", "warning", "warn", "error", "exception", "critical", "fatal", "log"})


def _log_call(ctx: Context, node: ast.Call) -> None:
    """logging copies ``extra``'s keys into the record's __dict__, where copy and pickle look up hooks: with the
    logging permission, ``extra`` must be a dict display of plain names, and logging calls take no ``**``."""
    for keyword in node.keywords:
        if keyword.arg == "extra" and not _plain_keys(ctx, keyword.value, private=False):
            ctx.add("computed-attribute-name", keyword, "extra= sets attributes of the log record by its keys; "
                    "pass a dict display with constant public names")  # fmt: skip
        elif keyword.arg is None and head_name(node.func) in _LOG_METHODS:
            ctx.add("computed-attribute-name", keyword, "a logging call may not take **keywords (extra= would set "
                    "attributes of the log record); pass its arguments one by one")  # fmt: skip


def _plain_keys(ctx: Context, node: ast.AST, private: bool = True) -> bool:
    if not isinstance(node, Dict):
        return False
    keys = [ctx.fold(k) if k is not None else None for k in node.keys]
    prefix = "__" if private else "_"
    return all(isinstance(k, str) and k.isidentifier() and not k.startswith(prefix) for k in keys)


def is_class_of(node: ast.AST) -> bool:
    """type(x) or x.__class__: the class of a value, which only classes may meet (type(None) and other
    classes of literals are known builtin classes, not a value's)."""
    if type(node) is Attribute:
        return node.attr == "__class__"
    return (
        type(node) is Call
        and type(node.func) is Name
        and node.func.id == "type"
        and not (len(node.args) == 1 and type(node.args[0]) is Constant)
    )


def own_class(node: ast.AST) -> bool:
    """``type(self)``: a value like any other when self is a method's own object (class_rules: TYPE_SELF), so a
    lookup may hand it to anything."""
    return (
        type(node) is Call
        and type(node.func) is Name
        and node.func.id == "type"
        and len(node.args) == 1
        and type(node.args[0]) is Name
        and node.args[0].id == "self"
    )


def type_peer(ctx: Context, node: ast.AST, scope: Scope, how: str) -> None:
    """What type(x) meets in a comparison or a lookup: a class, a builtin, a literal, or a display of them."""
    kind = type(node)
    if kind is Constant or is_class_of(node):
        return
    if kind is Tuple or kind is List or kind is Set:
        for element in node.elts:  # type: ignore[attr-defined]
            type_peer(ctx, element, scope, how)
        return
    root = node
    while type(root) is Attribute:
        root = root.value
    if type(root) is Name:  # a path (mod.Class, Holder.peers) counts only from a module: "compare-path"
        ctx.uses.append((Tag.TYPE_PEER, root.id, scope, node, how if root is node else how + "-path"))
    else:
        ctx.add("class-machinery", node, "type(x) may be compared only with classes, literals or tuples of them")
