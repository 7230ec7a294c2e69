"""Which classes of the tool reach library code as values (for objects.own_object): library code given a
class calls its methods through it, with its own arguments as self (``json.dumps(int, cls=factory)`` runs
``C.encode(int)``; a ``@contextmanager`` function returning C makes ``ExitStack`` run ``C.throw(KeyError,
...)``), so no method of such a class, its bases or its subclasses has an own object.
"""

from __future__ import annotations

import ast
from typing import Final

from genesis_mcp.safety.class_annotations import annotated_statements
from genesis_mcp.safety.context import Context, Tag
from genesis_mcp.safety.handed_out import class_value, field_types, operand_parameter, unnamed_channels
from genesis_mcp.safety.nodes import Assign, Attribute, Call, ClassDef, Name, Subscript, descendants
from genesis_mcp.safety.plain_classes import builtin_class, new_makes_objects, plain_decorators
from genesis_mcp.safety.scopes import Kind, Scope, defining_scope, enclosing_method, library_name
from genesis_mcp.safety.stdlib import class_callables, private_methods

__all__ = ["library_overrides", "library_reachable", "private_overrides"]


def library_reachable(ctx: Context) -> set[str]:
    """The classes of the tool (by name) that a value of the tool may make a class: one used as a value
    (returned, passed, stored) or a classmethod's ``cls`` kept, with every class of the tool deriving from
    or derived from them. Library code given such a value calls its methods through the class, with its own
    arguments as self (``json.dumps(int, cls=factory)`` runs ``C.encode(int)``; a ``@contextmanager``
    function returning C makes ``ExitStack`` run ``C.throw(KeyError, ...)``), so none of their methods has
    an own object."""
    key = len(ctx.uses) + len(ctx.class_positions) + len(ctx.class_heads) + len(ctx.class_scopes)
    if ctx.reachable is not None and ctx.reachable[0] == key:
        return ctx.reachable[1]
    found = _reachable(ctx)
    ctx.reachable = (key, found)
    return found


def _reachable(ctx: Context) -> set[str]:
    classes = [s.node for s in ctx.class_scopes if isinstance(s.node, ClassDef)]
    heads = ctx.class_heads
    if unnamed_channels(ctx):  # a class handed out without saying which: any class may be
        return {c.name for c in classes}
    found = _named_values(ctx)
    for s in ctx.class_scopes:  # decorated by a function of the tool, which gets the class
        if isinstance(s.node, ClassDef) and not plain_decorators(ctx, s):
            found.add(s.node.name)
    for subscripted, entries in ((True, ctx.subscripted), (False, ctx.class_operands)):
        for name, scope in entries:  # Shape[int] (an alias forwarding to it), C == probe, Table()[cls]
            owner = _class_named(scope, name)
            if owner is not None and not (subscripted and owner in ctx.enum_classes):  # Color[k]: a member
                found.add(owner)
    made = _made_from(ctx)
    for tag, _name, scope, node, _extra in ctx.uses:  # type(self) kept: the class of the method's object
        # (not iterated, as for m in type(self) over an Enum's members, nor given to X.__new__)
        if tag is Tag.TYPE_SELF and id(node) not in heads and id(node) not in ctx.read_only and id(node) not in made:
            if _kept_locally(ctx, scope, node, made):
                continue
            method = enclosing_method(scope)
            body = method[1].parent if method is not None else None
            found.add(body.node.name if body is not None and isinstance(body.node, ClassDef) else "*")
    if field_types(ctx):  # fields(x)[0].type: a class named in an annotation
        names = {c.name for c in classes}
        for c in classes:
            for statement in annotated_statements(c):
                found |= {n.id for n in descendants(statement.annotation) if isinstance(n, Name)} & names
    if "*" in found:
        return {c.name for c in classes}
    return _family(classes, found)


def _class_named(scope: Scope, name: str) -> str | None:
    if scope.resolve(name).only(Kind.CLASS):
        return name
    return _owner(scope, name) if operand_parameter(scope, name) else None


def _owner(scope: Scope, name: str) -> str:
    where = defining_scope(scope, name).parent
    return where.node.name if where is not None and isinstance(where.node, ClassDef) else "*"


def _kept_locally(ctx: Context, scope: Scope, node: ast.AST, made: set[int]) -> bool:
    """``cls = type(self)`` whose every use reads off it, calls it or makes an object of it (``cls.__new__(cls)``,
    ``cls(...)``): the class stays in the method."""
    method = enclosing_method(scope)
    if method is None:
        return False
    targets = [
        s.targets[0].id
        for s in descendants(method[0])
        if isinstance(s, Assign) and s.value is node and len(s.targets) == 1 and isinstance(s.targets[0], Name)
    ]
    if len(targets) != 1:
        return False
    local = targets[0]
    if len(scope.resolve(local).bindings) != 1:
        return False
    home = defining_scope(scope, local)
    return all(
        tag in _STAYING or id(used) in made
        for tag, name, where, used, _extra in ctx.uses
        if name == local and defining_scope(where, local) is home
    )


_STAYING: Final = frozenset({Tag.CHAIN, Tag.CONSTRUCTOR})  # cls.x, cls.__new__(cls) (cls(x) on a class is type(x))


def _made_from(ctx: Context) -> set[int]:
    """Ids of classes given where nothing but their fields are read or an object of them is made:
    dataclasses.fields(C), X.__new__(cls)."""
    return {
        node_id
        for node_id, callee, where in ctx.class_reads
        if (isinstance(callee, Attribute) and callee.attr == "__new__" and _builtin_new(ctx, callee.value, where))
        or library_name(callee, where) in ("dataclasses.fields", "dataclasses.is_dataclass")
    }


def _builtin_new(ctx: Context, receiver: ast.expr, where: Scope) -> bool:
    """super().__new__, object/tuple/int...__new__, or type(self).__new__ / cls.__new__ with cls = type(self)
    (a __new__ of the tool that may return its argument puts its class among the reachable ones anyway)."""
    if isinstance(receiver, Call) and isinstance(receiver.func, Name):
        return receiver.func.id in ("super", "type") and len(receiver.args) == (receiver.func.id == "type")
    if not isinstance(receiver, Name):
        return False
    bindings = ctx.resolve(where, receiver.id).bindings
    if class_value(where, receiver.id):  # cls.__new__(cls) in a classmethod, C.__new__(C): while no class's
        return all(  # __new__ of the tool may return its argument
            new_makes_objects(ctx, s.node.name) for s in ctx.class_scopes if isinstance(s.node, ClassDef)
        )
    if bindings:
        return all(b.kind is Kind.INSTANCE and b.target == "type" for b in bindings)
    return builtin_class(receiver.id)


def _named_values(ctx: Context) -> set[str]:
    positions, heads, decorators = ctx.class_positions, ctx.class_heads, ctx.decorators
    read_only = _made_from(ctx)
    found: set[str] = set()
    for tag, name, scope, node, _extra in ctx.uses:
        # a value (not an operand: C[k], case C(), C == x hand it to no method of the library's)
        if tag is not Tag.VALUE or id(node) in read_only:
            continue
        if id(node) in positions or id(node) in heads or id(node) in decorators or not class_value(scope, name):
            continue
        found.add(name if scope.resolve(name).only(Kind.CLASS) else _owner(scope, name))  # cls: its class
    for tag, name, scope, node, _extra in ctx.uses:  # a class name with other bindings too (if x: C = None)
        plain = tag is Tag.VALUE and id(node) not in positions and id(node) not in read_only
        if plain and any(b.kind is Kind.CLASS for b in scope.resolve(name).bindings):
            found.add(name)
    for class_scope in ctx.class_scopes:  # C() may return what a __new__ of the tool returns: C itself
        statement = class_scope.node
        if isinstance(statement, ClassDef) and not new_makes_objects(ctx, statement.name):
            found.add(statement.name)
    return found


def library_overrides(ctx: Context) -> set[str]:
    """Names a library base of any class of the tool calls through the class (its classmethods and
    staticmethods): a method of the tool by such a name, in that class or a mixin beside the base, runs with
    whatever the library passes first (``IPv4Network((a, int))`` runs ``cls._prefix_from_prefix_string(int)``)."""
    found: set[str] = set()
    for class_scope in ctx.class_scopes:
        for qualname in _library_bases(class_scope):
            found |= class_callables(qualname)
    return found


def private_overrides(ctx: Context) -> None:
    """A class of the tool may not define a private name a library base of any of its classes has: library
    code calls those on self with what it chose (``ExitStack.enter_context`` hands ``_push_cm_exit`` the
    ``__exit__`` function read off a class, which then runs with any self)."""
    private: dict[str, str] = {}
    for class_scope in ctx.class_scopes:
        for qualname in _library_bases(class_scope):
            private.update(dict.fromkeys(private_methods(qualname), qualname))
    for class_scope in ctx.class_scopes if private else ():
        for name in sorted(private.keys() & class_scope.bindings.keys()):
            ctx.add("private-attribute", class_scope.node, f"a class may not define {name!r}: {private[name]} has a "
                    "private method of that name, which library code calls with arguments of its choosing")  # fmt: skip


def _library_bases(class_scope: Scope) -> list[str]:
    statement, outer = class_scope.node, class_scope.parent
    if not isinstance(statement, ClassDef) or outer is None:
        return []
    found = []
    for base in statement.bases:
        head = base.value if isinstance(base, Subscript) else base
        qualname = library_name(head, outer)
        if qualname is None and isinstance(head, Name) and not outer.resolve(head.id).bindings:
            qualname = f"builtins.{head.id}"  # dict, int, str: fromkeys, from_bytes, maketrans
        if qualname is not None:
            found.append(qualname)
    return found


def _family(classes: list[ast.ClassDef], found: set[str]) -> set[str]:
    pending = list(found)
    while pending:  # the bases and subclasses of each, by name
        name = pending.pop()
        for c in classes:
            bases = {b.id for b in c.bases if isinstance(b, Name)}
            related = bases if c.name == name else {c.name} if name in bases else set()
            for other in related - found:
                found.add(other)
                pending.append(other)
    return found
