"""Rules for names that hold or meet classes, judged once every binding is known (for finish.py).

A class in the wrong hands makes classes: ``type(cls)`` is a metaclass, and a metaclass called with names
made at run time builds hooks the checker never saw. So ``type(self)`` counts as the tool's own class
only on a method's own object; ``type(x)`` meets only classes and plain dicts (peers.py); constructors and
copy hooks are read only on classes and ``self``; class patterns and annotations use only classes the
checker saw.
"""

from __future__ import annotations

import ast
from typing import Final

from genesis_mcp.safety.class_patterns import match_class
from genesis_mcp.safety.context import Context, Tag, Use
from genesis_mcp.safety.enum_rules import has_members, library_bases
from genesis_mcp.safety.messages import dunder_attribute_message
from genesis_mcp.safety.names import ATTRIBUTE_BUILTINS, ENUM_FACTORIES
from genesis_mcp.safety.nodes import (
    Add,
    Attribute,
    BinOp,
    Call,
    ClassDef,
    Dict,
    DictComp,
    FunctionDef,
    GeneratorExp,
    List,
    ListComp,
    Name,
    Set,
    SetComp,
    Subscript,
    Tuple,
)
from genesis_mcp.safety.objects import class_parameter, method_self, own_object
from genesis_mcp.safety.peers import type_peer
from genesis_mcp.safety.plain_classes import (
    builtin_class,
    decorated_only_plainly,
    names_its_class,
    new_makes_objects,
)
from genesis_mcp.safety.scopes import (
    Binding,
    Kind,
    Resolution,
    Scope,
    enclosing_method,
    source_name,
    source_scopes,
)

__all__ = ["CLASS_CHECKS", "trusted_builtins"]


def _type_self(ctx: Context, use: Use, resolution: Resolution) -> None:
    """type(self) and self.__class__: the tool's own class only while self is surely its own object (for a
    classmethod's cls, type(cls) is the metaclass)."""
    if use.name == "self" and own_object(ctx, use.scope, use.name):
        return
    if use.extra is None and _builds_from_a_display(ctx, use.node):
        return
    if use.extra == "__class__":
        ctx.add("dunder-attribute", use.node, dunder_attribute_message("__class__") + "; use type(x).__name__, "
                "or self.__class__ on the first parameter of a method")  # fmt: skip
    else:
        ctx.add("class-machinery", use.node, f"type({use.name}) is the tool's own class only for the first "
                "parameter of a method that is never called through its class on another object")  # fmt: skip


_DISPLAYS: Final = (List, Tuple, Set, Dict, ListComp, SetComp, DictComp, GeneratorExp)


def _builds_from_a_display(ctx: Context, node: ast.AST) -> bool:
    """``type(self)(c * k for c in self.coeffs)``: called at once with one display or comprehension,
    whatever self is: on a class, the metaclass then gives that display's builtin class (or refuses); on any
    other object, its class is made from plain data, as the tool could do by naming it."""
    outer = ctx.called_at_once.get(id(node))
    return outer is not None and not outer.keywords and len(outer.args) == 1 and _display(outer.args[0])


def _display(node: ast.expr) -> bool:
    """A display or comprehension, or displays joined with + (list + list is a list; with anything else on
    one side, that side's __radd__ could make anything)."""
    if isinstance(node, BinOp) and isinstance(node.op, Add):
        return _display(node.left) and _display(node.right)
    return isinstance(node, _DISPLAYS)


def _constructor(ctx: Context, use: Use, resolution: Resolution) -> None:
    """``X.__init__(self, ...)``/``X.__new__(cls, ...)``: X a class (the tool's, an imported one, a builtin
    class or exception) called directly on the method's own object or on a class; or ``self.X``/``cls.X``.
    ``__call__``, ``__copy__`` and ``__deepcopy__`` only on self or cls. Anything else calls a constructor
    on an object, which reopens or resets it (FileIO.__init__(path), SimpleNamespace.__init__(o, **names))."""
    assert isinstance(use.extra, tuple)
    method, first = use.extra
    if use.name == "self" and own_object(ctx, use.scope, "self"):
        return
    if use.name == "cls" and class_parameter(use.scope):
        return
    ordinary = method not in ("__call__", "__copy__", "__deepcopy__")  # Base.__eq__(self, other) too
    if ordinary and _a_class(ctx, use, resolution) and _given(ctx, use, method, first):
        return
    ctx.add("dunder-attribute", use.node, f"{method!r} may only be read on self, or on a class and called with "
            f"self or cls first (Base.{method}(self, ...), super().{method}(...)); on an object it reopens or "
            "resets it")  # fmt: skip


def _a_class(ctx: Context, use: Use, resolution: Resolution) -> bool:
    """The receiver is surely a class: the tool's (undecorated), an import, a builtin class, or type(...)."""
    no_type = not ctx.resolve(use.scope, "type").bindings
    if use.name == "type()":  # type(self).__new__(type(self))
        return no_type
    if resolution.bindings and all(b.kind is Kind.INSTANCE and b.target == "type" for b in resolution.bindings):
        return no_type  # cls = type(self); cls.__new__(cls)
    if resolution.only(Kind.CLASS):
        return decorated_only_plainly(ctx, use.scope, use.name)
    if resolution.only(Kind.IMPORTED):
        return True
    return not resolution.bindings and resolution.may_be_builtin and builtin_class(use.name)


def _given(ctx: Context, use: Use, method: str, first: ast.expr | None) -> bool:
    """What the constructor is called on: the method's own object for __init__; a class for __new__."""
    if isinstance(first, Call) and isinstance(first.func, Name) and first.func.id == "type":
        return method == "__new__" and not ctx.resolve(use.scope, "type").bindings
    if not isinstance(first, Name):
        return False
    if first.id == "self":  # the object a method runs on (a constructor is called on no other, by these rules)
        return method != "__new__" and method_self(use.scope)
    if method == "__new__" and first.id == "cls" and (class_parameter(use.scope) or _in_new(use.scope)):
        return True
    found = ctx.resolve(use.scope, first.id)
    if method == "__new__" and found.only(Kind.CLASS):
        return decorated_only_plainly(ctx, use.scope, first.id)
    return (
        method == "__new__"
        and bool(found.bindings)
        and all(b.kind is Kind.INSTANCE and b.target == "type" for b in found.bindings)
    )


def _in_new(scope: Scope | None) -> bool:
    """(In) a class's own ``def __new__(cls, ...)``: cls is the class being made."""
    found = enclosing_method(scope)
    function = found[0] if found is not None else None
    return (
        isinstance(function, FunctionDef)
        and function.name == "__new__"
        and bool(function.args.args)
        and not function.args.posonlyargs
        and function.args.args[0].arg == "cls"
    )


def _annotation_base(ctx: Context, use: Use, resolution: Resolution) -> None:
    """``x: C[...]``: C is a class, an import or a builtin (list, dict...), or an alias made by subscripting
    one (``Result = Union[Ok[T], Err[E]]``), not an object."""
    if use.extra == "path":  # typing.Optional[...], collections.abc.Callable[...]: from a module only
        fine = resolution.only(Kind.MODULE)
    else:
        fine = _names_a_class(ctx, use.scope, use.name, resolution, 0)
    if not fine:
        ctx.add("class-machinery", use.node, f"annotations run, and {use.name!r} is subscripted in one without "
                "being a class or an import: its __getitem__ gets what is inside; subscript only classes")  # fmt: skip


_TYPE_VARIABLES: Final = frozenset({"TypeVar", "ParamSpec", "NewType", "TypeVarTuple"})


def _type_variable(ctx: Context, scope: Scope, binding: Binding) -> bool:
    """T = TypeVar("T") or typing.TypeVar("T"): typing's own object."""
    if binding.kind is Kind.INSTANCE and binding.target in _TYPE_VARIABLES:
        maker = ctx.resolve(scope, binding.target)
        return len(maker.bindings) == 1 and maker.imported() == [f"typing.{binding.target}"]
    if binding.kind is Kind.DERIVED and binding.target.endswith("()"):
        owner, _, called = binding.target[:-2].partition(".")
        return called in _TYPE_VARIABLES and ctx.resolve(scope, owner).modules() == ["typing"]
    return False


def _names_a_class(ctx: Context, scope: Scope, name: str, resolution: Resolution, depth: int) -> bool:
    if not resolution.bindings:
        return resolution.may_be_builtin
    for binding in resolution.bindings:
        if binding.kind is Kind.CLASS:
            if not decorated_only_plainly(ctx, scope, name):  # a class decorator may return an object
                return False
            continue
        if binding.kind in (Kind.IMPORTED, Kind.MODULE) or _type_variable(ctx, scope, binding):
            continue
        # Union[...] is an ITEM of Union, typing.Optional[...] DERIVED from typing
        if not (binding.kind in (Kind.ITEM, Kind.DERIVED) and binding.target and depth < 4):
            return False
        if "(" in binding.target:  # made by a call (functools.reduce(...)): anything
            return False
        head = source_name(binding.target)
        if head == name:
            return False
        for where in source_scopes(scope, name):  # the source means what it meant where the binding is
            if not _names_a_class(ctx, where, head, ctx.resolve(where, head), depth + 1):
                return False
    return True


def _class_base(ctx: Context, use: Use, resolution: Resolution) -> None:
    """An Enum base under any name: a subclass without members is an Enum factory (Kind("X", names))."""
    assert isinstance(use.extra, ClassDef)
    node = use.extra
    enum_base = any(q.startswith("enum.") and q[5:] in ENUM_FACTORIES for q in resolution.imported())
    if "enum" in resolution.modules() and isinstance(use.node, Attribute):
        enum_base = enum_base or use.node.attr in ENUM_FACTORIES
    enum_base = enum_base or node.name in ctx.enum_classes
    namespace = "types.SimpleNamespace" in resolution.imported() or (
        "types" in resolution.modules() and isinstance(use.node, Attribute) and use.node.attr == "SimpleNamespace"
    )
    if namespace:  # its __init__ takes any names: a subclass's super().__init__(**names) would plant hooks
        ctx.add("computed-attribute-name", use.node, "a class may not derive from SimpleNamespace; use a "
                "dataclass")  # fmt: skip
    if enum_base and not has_members(ctx, node, use.scope):
        ctx.add("class-machinery", node, f"Enum class {node.name!r} has no members: calling it with a name and "
                "members would create a class at run time; give it its members")  # fmt: skip
    elif enum_base and not _enum_bases(ctx, node):
        ctx.add("class-machinery", node, f"Enum class {node.name!r} may derive only from library classes (Enum, "
                "int, str...): Enum runs a mixin's methods (__repr__, __new__) on member values")  # fmt: skip
    elif enum_base and not new_makes_objects(ctx, node.name):
        ctx.add("class-machinery", node, f"an Enum's __new__ (class {node.name!r} or a base of it) must "
                "return a new object (obj = object.__new__(cls); ...; return obj): Enum inits it")  # fmt: skip
    if not _known_base(ctx, use, resolution):
        ctx.add("class-machinery", use.node, f"the base {use.name!r} of class {node.name!r} is not surely the class "
                "its statement made (an alias, or a class a decorator may have replaced): name a class statement "
                "of the tool, an import or a builtin class")  # fmt: skip


def _enum_bases(ctx: Context, node: ast.ClassDef) -> bool:
    body = next((s for s in ctx.class_scopes if s.node is node), None)
    return body is not None and library_bases(node, body)


def _known_base(ctx: Context, use: Use, resolution: Resolution) -> bool:
    """A base is the class a statement of the tool made (decorated only by decorators that return it), an
    import, a module's attribute or a builtin: rules that follow a class to its bases (library_methods,
    dynamic_names) read class statements, so an alias or a decorated class there would hide what it is."""
    kinds = {b.kind for b in resolution.bindings}
    if not kinds:
        return True
    if kinds <= {Kind.IMPORTED, Kind.MODULE}:  # one library class whichever import ran (scopes.library_name)
        return len(kinds) == 1 and len({b.target for b in resolution.bindings}) == 1
    head = use.node.value if isinstance(use.node, Subscript) else use.node
    return (
        isinstance(head, Name)
        and kinds <= {Kind.CLASS, Kind.IMPORTED}
        and (Kind.CLASS not in kinds or names_its_class(ctx, use.name))
    )


def trusted_builtins(ctx: Context) -> None:
    """str/repr/print/format only make text of what they get, isinstance/issubclass only look at the classes
    they get, and type(x) is x's class: the walk lets type(x) and classes go there and trusts type(x) to be a
    class. A function, parameter or name of the tool's own under that name could hand them on instead."""
    for name, scope, node in ctx.trusted.values():
        if not ctx.resolve(scope, name).bindings:
            continue
        if name == "len":  # template_pieces: "{:>8}" * len(cols) is a str only while len gives an int
            ctx.add("computed-format-string", node, "'len' is rebound in this tool, so a template repeated "
                    "len(...) times may be any text; give it another name")  # fmt: skip
        elif name in ATTRIBUTE_BUILTINS:  # getattr(m, "x") is read as m.x, and m is no value there
            ctx.add("computed-attribute-name", node, f"{name!r} is rebound in this tool, though the checker reads "
                    f"{name}(obj, 'x') as obj.x; give it another name")  # fmt: skip
        else:
            ctx.add("class-machinery", node, f"{name!r} is rebound in this tool, and its arguments (where type(x) "
                    "and classes may go) would reach the tool's own code; give it another name")  # fmt: skip


CLASS_CHECKS: Final = {
    Tag.CLASS_BASE: _class_base,
    Tag.TYPE_PEER: type_peer,
    Tag.TYPE_SELF: _type_self,
    Tag.CONSTRUCTOR: _constructor,
    Tag.MATCH_CLASS: match_class,
    Tag.ANNOTATION_BASE: _annotation_base,
}
