"""Attribute rules: chains (``a.b.c``) and the one rule every attribute name meets.

Every way of naming an attribute ends in ``attribute_name``, so ``x.__class__``, ``getattr(x, "__class__")``,
``operator.attrgetter("__class__")`` and ``case object(__class__=c)`` are judged by one rule (names given at
run time arrive through ``dynamic_names.py``, ``str.format`` templates go on to ``format_calls.py``). Whether
the receiver is a module is only known after the walk; ``finish.py`` checks module chains then.
"""

from __future__ import annotations

import ast
from typing import Final

from genesis_mcp.safety.context import OPERAND, Chain, Context, Frame, Tag
from genesis_mcp.safety.format_calls import format_receiver
from genesis_mcp.safety.messages import dunder_attribute_message
from genesis_mcp.safety.names import (
    CLASS_CHANNELS,
    CLASS_NAME_DUNDERS,
    DANGEROUS_PRIVATE_NAMES,
    DEFINABLE_DUNDERS,
    FORMAT_METHODS,
    INTROSPECTION_ATTRIBUTES,
    METACLASS_NAMES,
    READABLE_DUNDERS,
    WRITABLE_DUNDERS,
    is_dunder,
)
from genesis_mcp.safety.nodes import Attribute, Await, Call, Load, Name, Starred, Subscript
from genesis_mcp.safety.scopes import Scope, enclosing_method
from genesis_mcp.safety.strings import nfkc

__all__ = ["CLASS_CHANNELS", "COPIES", "NOTABLE", "attribute_chain", "attribute_name", "computed_name",
           "foreign_store", "metaclass_name", "receiver_root"]  # fmt: skip

_RAW_ACCESS: Final = {"__setattr__": True, "__delattr__": True, "__getattribute__": False}
_CHAIN: Final = Tag.CHAIN  # the extra of a chain use is (outer Attribute, store, call), made a Chain when needed
# Public names outside this set need no rule at all; most attribute names are such names.
NOTABLE = INTROSPECTION_ATTRIBUTES | FORMAT_METHODS | METACLASS_NAMES | CLASS_CHANNELS
NOTABLE |= {"register", "attrname", "makeRecord"}
COPIES: Final = frozenset({"copy", "deepcopy", "replace"})
# Public attributes of library objects that set attributes by names given at run time: cached_property's
# attrname (where the next read stores its value), Logger.makeRecord's extra (the record's __dict__).
_RETARGETING: Final = frozenset({"attrname", "makeRecord"})
# Read only on a class, self or super(): on an object they reopen or reset it (FileIO.__init__(path)), call
# what may only be called directly (update_wrapper.__call__), or copy with a memo of the tool's.
_CONSTRUCTORS: Final = frozenset({"__init__", "__new__", "__call__", "__copy__", "__deepcopy__"})
# Special methods called explicitly with arguments run with whatever they are given first when read off a
# class: only on self, super(), or on a class with self first (RegexFlag.__or__(C, 2) is type(C)(...)).
_METHODS: Final = (DEFINABLE_DUNDERS - {"__doc__", "__slots__", "__match_args__"}) | _CONSTRUCTORS
# ``type(x).__name__`` only reads a name: the call is an operand there, not a class handed out.
_NAME_ONLY: Final = frozenset({"__name__", "__qualname__", "__module__"})


def receiver_root(node: ast.AST | None) -> str | None:
    """The name an expression starts from: ``w`` for ``w.a().b[0]``, None when it starts elsewhere."""
    for _ in range(1000):
        kind = type(node)
        if kind is Name:
            return str(node.id)  # type: ignore[union-attr]
        if kind is Attribute or kind is Subscript or kind is Await or kind is Starred:
            node = node.value  # type: ignore[union-attr]
        elif kind is Call:
            # copy.copy(self) / dataclasses.replace(obj, ...) is an object like their argument
            func, args = node.func, node.args  # type: ignore[union-attr]
            copies = (type(func) is Attribute and func.attr in COPIES) or (type(func) is Name and func.id in COPIES)
            node = args[0] if copies and args else func
        else:
            return None
    return None


def _is_super_call(node: ast.AST | None) -> bool:
    return isinstance(node, Call) and isinstance(node.func, Name) and node.func.id == "super"


def computed_name(ctx: Context, node: ast.AST, what: str) -> None:
    ctx.add(
        "computed-attribute-name",
        node,
        f"{what} needs a constant attribute name that is neither private nor special; write obj.name, "
        "or keep dynamic data in a dict",
    )


def attribute_name(
    ctx: Context,
    scope: Scope,
    name: str,
    node: ast.AST,
    *,
    store: bool = False,
    receiver: ast.AST | None = None,
    next_name: str | None = None,
    operand: bool = False,
    call: ast.Call | None = None,
    classinfo: bool = False,
) -> None:
    """Judge one attribute name, however it was spelled."""
    name = nfkc(name)
    if name in CLASS_CHANNELS:  # getattr(f, "type") and attrgetter("registry") as well as f.type
        ctx.class_channels.add(name)
    if name in INTROSPECTION_ATTRIBUTES:
        ctx.add(
            "introspection-attribute",
            node,
            f"attribute {name!r} exposes frames, code objects, tracebacks, closures, the event loop or the "
            "object a failed lookup was made on; tools may not inspect the interpreter",
        )
    elif is_dunder(name):
        if store:
            if name not in WRITABLE_DUNDERS:
                ctx.add("dunder-attribute", node, f"assigning {name!r} is not allowed; " + _store_hint(name))
            elif name in ("__name__", "__qualname__"):  # copy rebuilds a bound method as getattr(obj, __name__)
                _name_store(ctx, scope, node)
        elif name == "__class__":
            if next_name in CLASS_NAME_DUNDERS or (operand and not classinfo):  # operands are checked like type(x)
                pass
            elif isinstance(receiver, Name) and receiver.id in ("self", "cls"):
                ctx.uses.append((Tag.TYPE_SELF, receiver.id, scope, node, "__class__"))  # judged in finish
                if call is not None and next_name is None:  # self.__class__(...): called at once, not kept
                    ctx.class_heads.add(id(node))
            else:
                ctx.add("dunder-attribute", node, dunder_attribute_message(name) + "; use type(x).__name__")
        elif name in _CONSTRUCTORS or (name in _METHODS and call is not None and call.args):
            first = call.args[0] if call is not None and call.args else None  # Base.__init__(self): self
            if isinstance(receiver, Name):
                ctx.uses.append((Tag.CONSTRUCTOR, receiver.id, scope, node, (name, first)))  # judged in finish
            elif isinstance(receiver, Call) and isinstance(receiver.func, Name) and receiver.func.id == "type":
                # type(self).__new__(type(self)): a class, while type is the builtin (type(x) has rules of its own)
                ctx.uses.append((Tag.CONSTRUCTOR, "type()", scope, node, (name, first)))
            elif not _is_super_call(receiver):
                ctx.add("dunder-attribute", node, f"{name!r} is allowed only as super().{name} or Class.{name}")
        elif name in _RAW_ACCESS:
            _raw_access(ctx, scope, name, node, receiver, call)
        elif name not in READABLE_DUNDERS:
            ctx.add("dunder-attribute", node, dunder_attribute_message(name))
    elif name.startswith("_"):
        if store:
            ctx.defined_attributes.add(name)
            # on self, judged once it is known to be a method's own object (foreign.foreign_stores)
            if name in DANGEROUS_PRIVATE_NAMES and not (isinstance(receiver, Name) and receiver.id == "self"):
                ctx.add("private-attribute", node, f"{name!r} may not be set on a class: library base classes "
                        "keep their event loop, streams or modules under that name")  # fmt: skip
        else:
            ctx.private_reads.append((name, node, receiver_root(receiver), scope))
    elif name in _RETARGETING:
        ctx.add("private-attribute", node, f"{name!r} names or sets attributes of other objects at run time; "
                "tools may not use it")  # fmt: skip
    elif name in FORMAT_METHODS and not store:
        format_receiver(ctx, scope, receiver, call, node, name)
    elif name == "register" and call is None and not store:
        ctx.add(
            "string-annotation",
            node,
            "'.register' may only be called directly or used as a decorator: registering a function evaluates "
            "its annotations, so it may not be passed around, aliased or looked up by name",
        )
    if store:
        ctx.store_attribute(name, node)


def _name_store(ctx: Context, scope: Scope, node: ast.AST) -> None:
    value = ctx.name_values.get(id(node))
    text = ctx.fold(value) if value is not None else None
    if text is None:
        ctx.add("dunder-attribute", node, "__name__ and __qualname__ may only be set to a constant name; use "
                "functools.wraps to copy a function's")  # fmt: skip
    elif text in DANGEROUS_PRIVATE_NAMES or text in INTROSPECTION_ATTRIBUTES or is_dunder(text):
        ctx.add("private-attribute", node, f"a function may not be named {text!r}")
    else:
        attribute_name(ctx, scope, text, node)


def _store_hint(name: str) -> str:
    plain = "set ordinary attributes, or define special methods in the class body"
    return "an object's class cannot be changed" if name == "__class__" else plain


def _raw_access(
    ctx: Context, scope: Scope, name: str, node: ast.AST, receiver: ast.AST | None, call: ast.Call | None
) -> None:
    """``object.__setattr__(self, "x", v)`` and ``super().__setattr__("x", v)`` with a constant name."""
    plain_object = isinstance(receiver, Name) and receiver.id == "object"
    if isinstance(receiver, Name) and plain_object:  # trusted as the builtin (class_rules.trusted_builtins)
        ctx.trusted.setdefault((id(scope), "object"), ("object", scope, receiver))
    if call is None or not (plain_object or _is_super_call(receiver)):
        ctx.add("dunder-attribute", node, dunder_attribute_message(name) + "; use object.__setattr__(self, 'x', v)")
        return
    position = 1 if plain_object else 0
    if len(call.args) <= position or isinstance(call.args[position], Starred):
        computed_name(ctx, node, name)
        return
    value = ctx.fold(call.args[position])
    if value is None:
        computed_name(ctx, call.args[position], name)
        return
    attribute_name(ctx, scope, value, call.args[position], store=_RAW_ACCESS[name])
    target = call.args[0]
    if _RAW_ACCESS[name]:  # on what, judged as a written store is; super().__setattr__ sets the method's self
        foreign_store(ctx, nfkc(value), call.args[position], receiver_root(target) if plain_object else "self", scope)
    if plain_object and isinstance(target, Name):  # object.__setattr__(module, ...) changes the module
        chain = Chain([(nfkc(value), call.args[1])], store=_RAW_ACCESS[name])
        ctx.uses.append((Tag.CHAIN, target.id, scope, target, chain))


def foreign_store(ctx: Context, name: str, node: ast.AST, root: str | None, scope: Scope) -> None:
    """A store of ``name`` on what ``root`` holds (self too: a function's parameter may be spelled so), for
    foreign.foreign_stores; on an object no name leads to (``[f][0].name = v``) it cannot be judged."""
    if root is None:
        ctx.add("too-complex", node, f"{name!r} is set on an object the checker cannot follow to a name; assign "
                "the object to a name first")  # fmt: skip
    else:
        ctx.foreign_stores.append((name, node, root, scope))


def _method_self(ctx: Context, scope: Scope) -> bool:
    """``self`` here is a method's first parameter, not a static method's (where it may be anything);
    worked out once per scope."""
    known = ctx.method_scopes.get(id(scope))
    if known is None:
        found = enclosing_method(scope)
        node = found[0] if found is not None else None
        known = (
            node is not None
            and bool(node.args.args)
            and not node.args.posonlyargs  # def m(this, /, self): self is the second argument
            and node.args.args[0].arg == "self"
            and not node.decorator_list  # a decorated method's self is judged after the walk (objects.py)
        )
        ctx.method_scopes[id(scope)] = known
    return known


def attribute_chain(
    ctx: Context,
    node: ast.Attribute,
    scope: Scope,
    stack: list[Frame],
    operand: bool,
    call: ast.Call | None,
    classinfo: bool = False,
) -> None:
    """Judge ``base.a.b.c`` as a unit: each name once, the base once (it may be a module)."""
    if type(node.ctx) is not Load:
        ctx.store_attribute(node.attr, node)
        foreign_store(ctx, node.attr, node, receiver_root(node.value), scope)
    current: ast.expr = node
    outer_name: str | None = None  # the attribute read right after this one
    while type(current) is Attribute:
        name = current.attr
        base = current.value
        if not (type(base) is Name and base.id == "self" and _method_self(ctx, scope)):
            ctx.attribute_loads.append((name, base, scope))
        else:  # self.m is bound while this method's self is its own object (objects.own_object checks)
            readers = ctx.self_reads.get(name)
            if readers is None:
                ctx.self_reads[name] = [scope]
            else:
                readers.append(scope)
        if name[0] == "_" or name in NOTABLE:
            _notable(ctx, scope, node, current, name, outer_name, operand, call, classinfo)
        elif name == "parse" and type(base) is Call and not base.args and not base.keywords:
            ctx.formatter_parses.add(id(base.func))  # string.Formatter().parse: allowed (module_rules.module_chain)
        outer_name = name
        current = current.value
    if type(current) is Name and (current.id[0] != "_" or not is_dunder(current.id)):
        # The chain itself (a Chain) is only made if the base turns out to be a module.
        ctx.uses.append((_CHAIN, current.id, scope, current, (node, type(node.ctx) is not Load, call)))
    else:
        if type(current) is Call:
            ctx.class_heads.add(id(current))  # type(self).method: read on the class, not handed out
        stack.append((current, scope, OPERAND if outer_name in _NAME_ONLY else 0))


def _notable(
    ctx: Context,
    scope: Scope,
    node: ast.Attribute,
    current: ast.Attribute,
    name: str,
    outer_name: str | None,
    operand: bool,
    call: ast.Call | None,
    classinfo: bool = False,
) -> None:
    """One name of a chain that is private, special, or otherwise has a rule."""
    last = outer_name is None
    if not (last and classinfo):
        metaclass_name(ctx, name, current)
    store = type(node.ctx) is not Load and last
    attribute_name(ctx, scope, name, current, store=store, receiver=current.value, next_name=outer_name,
                   operand=operand and last, call=call if last else None, classinfo=classinfo)  # fmt: skip


def metaclass_name(ctx: Context, name: str, node: ast.AST) -> None:
    """``abc.ABCMeta``, ``getattr(abc, "ABCMeta")``: a class maker (``x.type`` is an ordinary field name)."""
    if name in METACLASS_NAMES and name != "type":
        ctx.add("class-machinery", node, f"{name!r} is a metaclass; use it only as metaclass=")
