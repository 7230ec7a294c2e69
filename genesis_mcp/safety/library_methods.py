"""Methods of library classes read off the class itself: ``collections.Counter.copy`` is a plain function
there, and ``Counter.copy(int)`` runs ``return self.__class__(self)`` with a class as self, which is
``type(int)``, the metaclass. A method written in Python and read off a library class (or off a class of the
tool that derives from one, when the tool does not define it) may only be called at once with ``self``.
"""

from __future__ import annotations

import ast
from typing import Final

from genesis_mcp.safety.context import Chain, Context, Tag
from genesis_mcp.safety.nodes import Attribute, Call, ClassDef, Name, Subscript
from genesis_mcp.safety.objects import method_self, own_object
from genesis_mcp.safety.plain_classes import plain_decorators
from genesis_mcp.safety.scopes import Kind, Resolution, Scope, enclosing_method, library_name
from genesis_mcp.safety.stdlib import constructive_class, constructive_methods, python_dunders, python_function
from genesis_mcp.safety.uses import chain_of

__all__ = [
    "class_method_reads",
    "class_reads",
    "constructive_value",
    "derived_classes",
    "derived_values",
    "library_stores",
    "typing_argument",
]


def class_method_reads(ctx: Context, scope: Scope, resolution: Resolution, chain: Chain) -> None:
    """A chain starting at a name: a library class imported (``Counter.copy``), a module
    (``collections.Counter.copy``) or a class of the tool with library bases (``MyCounter.copy``)."""
    names = chain.attributes
    if not names:
        return
    for module in resolution.modules():
        if len(names) > 1:
            _judge(ctx, scope, f"{module}.{names[0][0]}", names, 1, chain)
    for qualname in resolution.imported():
        _judge(ctx, scope, qualname, names, 0, chain)
    root: ast.AST | None = chain.outer
    while isinstance(root, Attribute):
        root = root.value
    if resolution.only(Kind.CLASS) and isinstance(root, Name):
        bases, _defined = _library_bases(ctx, root.id, names[0][0])
        for base in bases:  # even if a class of the tool defines it too: which comes first is the MRO's call
            _judge(ctx, scope, base, names, 0, chain)


def library_stores(ctx: Context) -> None:
    """``JSONEncoder.__init__(self, indent=x)`` or ``SequenceMatcher.set_seq1(self, x)``: a library method
    written in Python run on an object of the tool sets attributes on it by names the checker never sees, so
    no class attribute is a constant any more (noted before the rules that trust class constants run)."""
    imported = ctx.import_names
    for tag, name, scope, node, extra in ctx.uses:
        if tag is Tag.SELF_GIVEN and not _own_callee(ctx, scope, extra):
            ctx.store_attribute("*", node)
            return
        if tag is not Tag.CHAIN or name not in imported:
            continue
        chain = chain_of(extra)
        call, names = chain.call, chain.attributes
        if call is None or not call.args or not names:
            continue
        resolution = ctx.resolve(scope, name)
        owners = [(q, 0) for q in resolution.imported()]
        owners += [(f"{m}.{names[0][0]}", 1) for m in resolution.modules() if len(names) > 1]
        if any(index == len(names) - 1 and python_function(owner, names[index][0]) for owner, index in owners):
            ctx.store_attribute("*", call)
            return


def _own_callee(ctx: Context, scope: Scope, call: object) -> bool:
    """``f(self)``/``C.m(self)``/``self.m(self)`` with f a function of the tool or an imported one (``asdict``),
    C a class of the tool, or a builtin: code whose stores are seen; a library class reached any other way (an
    alias, ``KINDS[0]``, a call's result) runs a library method on self, which sets attributes unseen."""
    func = call.func if isinstance(call, Call) else None
    if isinstance(func, Name):
        return {b.kind for b in ctx.resolve(scope, func.id).bindings} <= {Kind.DEF, Kind.CLASS, Kind.IMPORTED}
    if isinstance(func, Attribute) and isinstance(func.value, Name):
        # Exception.__init__(self, m): builtins store no names; copy.copy(self): a module's function (those
        # that set attributes, update_wrapper, have rules of their own); json.JSONEncoder.m(self): the chain
        found = ctx.resolve(scope, func.value.id)
        return func.value.id == "self" or found.only(Kind.CLASS) or found.only(Kind.MODULE) or not found.bindings
    return False


def _judge(ctx: Context, scope: Scope, owner: str, names: list[tuple[str, ast.AST]], index: int, chain: Chain) -> None:
    method, node = names[index]
    if not python_function(owner, method):
        return
    call = chain.call
    first = call.args[0] if call is not None and call.args else None
    # Base.method(self, ...) in a method whose self is surely its own object (not a function's parameter
    # spelled self, nor a method the tool reads off its class)
    on_self = index == len(names) - 1 and isinstance(first, Name) and first.id == "self"
    owner_node = chain.outer.value if chain.outer is not None else None
    if on_self and enclosing_method(scope) is not None and own_object(ctx, scope, "self", owner_node):
        return
    ctx.add("class-machinery", node, f"{owner}.{method} read off the class is a plain function that runs with "
            "whatever it is given as self (a class makes it hand out the metaclass); call it on an object")  # fmt: skip


def _library_bases(ctx: Context, name: str, method: str = "") -> tuple[list[str], bool]:
    """The library classes a class of the tool derives from, directly or through its other classes, and
    whether one of those classes of the tool binds ``method`` itself."""
    found: list[str] = []
    defined = False
    todo, seen = [name], set[str]()
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        if len(seen) > MAX_ANCESTORS:  # asked of every class: a 5,000-class chain would take minutes
            if id(_TOO_DEEP) not in ctx.flagged:  # said once, not once per class
                ctx.flagged.add(id(_TOO_DEEP))
                ctx.add("too-complex", None, _TOO_DEEP)
            break
        # every class statement of a name: a later one may hide a base's library class
        for class_scope in ctx.classes_named(current):
            if class_scope.parent is None:
                continue
            defined = defined or method in class_scope.bindings
            node = class_scope.node
            for base in node.bases if isinstance(node, ClassDef) else ():
                head = base.value if isinstance(base, Subscript) else base
                qualname = library_name(head, class_scope.parent)
                if qualname is not None:
                    found.append(qualname)
                elif isinstance(head, Name):
                    todo.append(head.id)
    return found, defined


def class_reads(ctx: Context, derived: dict[str, list[str]]) -> None:
    """``cls.copy``, ``type(self).copy``, ``super().copy`` or ``getattr(M, "copy")`` in a tool deriving from
    a library class whose ``copy`` builds from self.__class__: read off a class, it runs with any self. So do
    the library base's special methods written in Python (UserList's ``__add__``), read off ``cls``,
    ``type(...)``, or ``super()`` where it is bound to a class (a classmethod, ``__new__``)."""
    names: set[str] = set()
    dunders: set[str] = set()
    for library_bases in derived.values():
        for library_base in library_bases:
            names |= constructive_methods(library_base)
            dunders |= python_dunders(library_base)
    if not names and not dunders:
        return
    for name, base, scope in ctx.attribute_loads:
        if name not in names and name not in dunders:
            continue
        head = base.func if isinstance(base, Call) else None
        if isinstance(base, Name):
            off_class = base.id == "cls" or (
                name in names and base.id in derived and ctx.resolve(scope, base.id).only(Kind.CLASS)
            )  # MyList.__add__(self, x): judged where it is called (class_method_reads)
        elif isinstance(head, Name) and head.id == "super":
            off_class = name in names or not method_self(scope)
        else:
            off_class = isinstance(head, Name) and head.id == "type"
        if off_class:
            ctx.add("class-machinery", base, f"{name!r} read off a class here is a library method written in "
                    "Python that runs with whatever it is given as self; call it on an object")  # fmt: skip


def constructive_value(ctx: Context, node: ast.AST, qualname: str) -> None:
    ctx.add("class-machinery", node, f"{qualname} may not be handed around as a value: its methods read off it "
            "run with anything as self (Counter.copy(int) is type(int)); call it")  # fmt: skip


# Ordinary tools derive through a handful of their own classes; the walk stops (and refuses) past this many.
MAX_ANCESTORS: Final = 100
_TOO_DEEP: Final = f"a class derives from more than {MAX_ANCESTORS} classes of the tool; flatten the hierarchy"
_GENERIC_BUILTINS: Final = frozenset({"list", "dict", "set", "frozenset", "tuple"})


def typing_argument(ctx: Context, node: ast.AST) -> bool:
    """``node`` is an argument of a typing generic (``Optional[X]``, ``list[X]``, ``typing.Union[X, Y]``)
    that typing or a builtin really makes: the alias keeps X among its arguments, out of reach (attribute
    reads go to the origin: only ``Annotated[X, ...]`` and ``type[X]`` have X there), while the tool has no
    ``__eq__`` of its own that comparing two aliases could hand X to."""
    found = ctx.typing_args.get(id(node))
    if found is None or _own_equality(ctx):
        return False
    head, scope = found
    if isinstance(head, Name) and head.id in _GENERIC_BUILTINS:
        return not ctx.resolve(scope, head.id).bindings
    qualname = library_name(head, scope) or ""
    return qualname.startswith("typing.") and qualname not in ("typing.Annotated", "typing.Type")


def _own_equality(ctx: Context) -> bool:
    """The tool writes an ``__eq__``/``__ne__``: comparing two aliases compares their arguments, so
    ``list[Counter] == list[probe]`` hands Counter to the probe's ``__eq__``."""
    return any(name in ctx.functions for name in ("__eq__", "__ne__")) or any(
        "__eq__" in s.bindings or "__ne__" in s.bindings for s in ctx.class_scopes
    )


def derived_values(ctx: Context, derived: dict[str, list[str]]) -> None:
    """A class of the tool deriving from a library class whose methods build from self.__class__ is that
    class handed around when it is a value (``alias = Tally; alias.copy(int)``), given to a decorator of the
    tool, or reached as ``type(self)`` kept (self may be an object of any subclass)."""
    constructive = {name for name, bases in derived.items() if any(constructive_class(b) for b in bases)}
    if not constructive:
        return
    for tag, name, scope, node, _extra in ctx.uses:
        if tag is Tag.TYPE_SELF and id(node) not in ctx.class_heads:
            bases = ", ".join(derived[sorted(constructive)[0]])
            ctx.add("class-machinery", node, f"type(self) may not be kept where a class of the tool derives from "
                    f"{bases}: read off it, its methods run with any self")  # fmt: skip
        elif (tag is Tag.VALUE or tag is Tag.OPERAND) and name in constructive:
            placed = id(node) in ctx.class_positions or id(node) in ctx.decorators
            if not placed and any(b.kind is Kind.CLASS for b in ctx.resolve(scope, name).bindings):
                constructive_value(ctx, node, name)
    for class_scope in ctx.class_scopes:
        statement = class_scope.node
        named = isinstance(statement, ClassDef) and statement.name in constructive
        if named and isinstance(statement, ClassDef) and not plain_decorators(ctx, class_scope):
            constructive_value(ctx, statement, statement.name)


def derived_classes(ctx: Context) -> dict[str, list[str]]:
    """The tool's classes that derive from library classes, by name, with those library classes."""
    found = {getattr(s.node, "name", ""): _library_bases(ctx, getattr(s.node, "name", ""))[0] for s in ctx.class_scopes}
    return {name: bases for name, bases in found.items() if name and bases}
