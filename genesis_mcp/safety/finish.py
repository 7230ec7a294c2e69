"""The rules that need every binding: run once after the walk, over the recorded name uses."""

from __future__ import annotations

import ast

from genesis_mcp.safety.attributes import attribute_callable
from genesis_mcp.safety.calls import special_call, wrapper_names
from genesis_mcp.safety.context import Chain, Context, RawUse, Tag, Use
from genesis_mcp.safety.definitions import dispatch_annotations, head_name
from genesis_mcp.safety.messages import builtin_message, dunder_attribute_message, module_attribute_message
from genesis_mcp.safety.names import (
    ATTRIBUTE_BUILTINS,
    ATTRIBUTE_CALLABLES,
    DANGEROUS_PRIVATE_NAMES,
    ENUM_FACTORIES,
    FIELD_CALLABLES,
    METACLASS_NAMES,
    PUBLIC_PRIVATE_NAMES,
    WRAPPER_CALLABLES,
)
from genesis_mcp.safety.scopes import Kind, Resolution, Scope
from genesis_mcp.safety.statements import MATCH_MESSAGE
from genesis_mcp.safety.templates import builtin_class, class_parameter, format_template, makes_objects, own_object

__all__ = ["finish"]

_DECORATOR_BUILTINS = frozenset({"property", "staticmethod", "classmethod"})
_SPECIAL_TAGS = frozenset(Tag) - {Tag.VALUE, Tag.CALLEE, Tag.CHAIN, Tag.OPERAND, Tag.CLASSINFO}  # judged always
# Enum members as globals: a member lookup on the class costs more than a global one.
_VALUE, _CALLEE, _CHAIN, _FORMAT, _DECORATOR = Tag.VALUE, Tag.CALLEE, Tag.CHAIN, Tag.FORMAT, Tag.DECORATOR
_OPERAND = Tag.OPERAND
_TYPE_TAGS = frozenset({Tag.TYPE_ARG, Tag.TYPE_NAME})
_REGISTER = Tag.REGISTER
_MADE_FROM = frozenset({Kind.DERIVED, Kind.INSTANCE, Kind.ITEM})


def finish(ctx: Context) -> None:
    # Most names are the tool's own variables: only builtins, metaclasses and imported names need a look.
    watched, imported = ctx.policy.watched_names, ctx.import_names
    uses = ctx.uses
    done = 0
    while done < len(uses):  # judging ``x.register(f)`` may record more uses: they are judged in turn
        batch = uses[done:]
        done = len(uses)
        for raw in batch:
            if raw[1] in watched or raw[1] in imported or raw[0] in _SPECIAL_TAGS:
                _judge(ctx, raw)
    if ctx.foreign_stores:
        _foreign_stores(ctx)
    if not ctx.private_reads:
        return
    for name, node, root, scope in ctx.private_reads:
        if id(node) in ctx.flagged:
            continue
        if name in DANGEROUS_PRIVATE_NAMES or (name not in ctx.defined_attributes and name not in PUBLIC_PRIVATE_NAMES):
            ctx.add(
                "private-attribute",
                node,
                f"attribute {name!r} is private to another object (the tool never assigns or defines it); "
                "use the public API",
            )
        elif root is not None and name not in PUBLIC_PRIVATE_NAMES:
            # Defining ``_x`` on its own class does not make ``_x`` of a library object the tool's.
            origin = _foreign(ctx, scope, root, 0)
            if origin is not None:
                ctx.add(
                    "private-attribute",
                    node,
                    f"attribute {name!r} is private to an object that comes from the module {origin!r}, "
                    "whatever the tool's own classes define; use the public API",
                )


def _foreign_stores(ctx: Context) -> None:
    """x.a = v where x comes from an allowed module (or is a dataclasses Field): it changes a shared object."""
    for name, node, root, scope in ctx.foreign_stores:
        if id(node) in ctx.flagged:
            continue
        resolution = ctx.resolve(scope, root)
        origin = _foreign(ctx, scope, root, 0)
        if origin is None and any(b.target == "<fields>" for b in resolution.bindings):
            origin = "dataclasses"
        if origin is not None and origin != "decimal":  # getcontext().prec = 28 is how Decimal is used
            ctx.add("module-mutation", node, f"assigning {name!r} on an object from the module {origin!r} "
                    "changes it for every user of that module; keep state in objects of your own")  # fmt: skip


def _foreign(ctx: Context, scope: Scope, name: str, depth: int) -> str | None:
    """The module a name's value comes from (an import, or a value made from one), or None."""
    name = name.partition(".")[0]  # "w.catch_warnings()": made by a method of w
    for binding in ctx.resolve(scope, name).bindings:
        if binding.kind is Kind.MODULE:
            return binding.target
        if binding.kind is Kind.IMPORTED:
            return binding.target.rpartition(".")[0]
        if depth < 4 and binding.kind in _MADE_FROM and binding.target and binding.target != name:
            found = _foreign(ctx, scope, binding.target, depth + 1)
            if found is not None:
                return found
    return None


def _judge(ctx: Context, raw: RawUse) -> None:
    tag, name, scope, node, extra = raw
    if tag is _FORMAT:
        format_template(ctx, Use(*raw))
        return
    resolution = ctx.resolve(scope, name)
    if resolution.may_be_builtin and name in ctx.policy.forbidden_builtins:
        ctx.add("forbidden-builtin", node, builtin_message(name))
        return
    if name in ATTRIBUTE_BUILTINS and tag is not _CALLEE and resolution.may_be_builtin:
        # Any binding elsewhere (getattr = getattr, a dead branch, a later rebinding) leaves the builtin here.
        _as_value(ctx, node, name)
        return
    if tag in _CHECKS:
        _CHECKS[tag](ctx, Use(*raw), resolution)
        return
    if tag is _DECORATOR:
        _decorator(ctx, Use(*raw), resolution)
        return
    if tag in _TYPE_TAGS:
        _type_use(ctx, Use(*raw), resolution)
        return
    if tag is _REGISTER:
        _register(ctx, Use(*raw), resolution)
        return
    if tag is _VALUE or tag is _CHAIN or tag is _OPERAND:  # compared or indexed, it reaches __eq__/__getitem__
        builtin_type = name == "type" and resolution.may_be_builtin and not resolution.bindings
        if builtin_type or any(q.rpartition(".")[2] in METACLASS_NAMES for q in resolution.imported()):
            ctx.add(
                "class-machinery",
                node,
                f"{name!r} used as a value or through its attributes can create classes at run time; "
                "call type(x) directly, or compare with isinstance",
            )
            return
    modules = resolution.modules()
    if tag is _CHAIN:
        chain = extra if isinstance(extra, Chain) else Chain(None, *extra)  # type: ignore[misc]
        for module in sorted(set(modules)) if len(modules) > 1 else modules:
            _module_chain(ctx, scope, module, chain)
    elif modules:
        ctx.add(
            "module-as-value",
            node,
            f"the module {name!r} is used as a value; call its functions directly, e.g. {name}.<name>(...)",
        )
    for qualname in resolution.imported():
        last = qualname.rpartition(".")[2]
        if qualname in ATTRIBUTE_CALLABLES:
            if tag is _CALLEE and isinstance(extra, ast.Call):
                attribute_callable(ctx, scope, qualname, extra)
            elif tag is not _CHAIN:
                _as_value(ctx, node, qualname)
        elif qualname == "copy.deepcopy":
            if tag is _CALLEE and isinstance(extra, ast.Call):
                _deepcopy_call(ctx, extra)
            else:
                _as_value(ctx, node, qualname)
        elif qualname == "typing.Type" and (tag is _VALUE or tag is _CHAIN):  # annotations are CLASSINFO
            _type_form(ctx, node)
        elif qualname in FIELD_CALLABLES:
            placed = tag is _CALLEE or id(node) in ctx.class_positions or id(node) in ctx.decorators
            if name != last or not placed:  # an alias, or passed on: the walk knows it only by its name
                _field_callable(ctx, node, qualname)
        elif qualname in WRAPPER_CALLABLES:
            if tag is _CALLEE and isinstance(extra, ast.Call):
                if name != last:  # under its own name the walk judged it already
                    wrapper_names(ctx, extra, last, scope)
            elif tag is not _CHAIN:
                _as_value(ctx, node, qualname)
        elif last in ENUM_FACTORIES and tag is _VALUE and id(node) not in ctx.class_positions:
            _enum_as_value(ctx, node, qualname)
        elif tag is _CALLEE and isinstance(extra, ast.Call) and name != last:
            # An import alias does not change what is called: from abc import ABCMeta as Factory.
            if last in METACLASS_NAMES:
                ctx.add("class-machinery", extra, f"{name!r} is {qualname}, a metaclass: calling it creates a class")
            elif last in ENUM_FACTORIES:
                special_call(ctx, extra, last)


def _enum_as_value(ctx: Context, node: ast.AST, name: str) -> None:
    ctx.add("class-machinery", node, f"{name} passed on as a value can be called with a name and members "
            "(partial, map, starmap), creating a class at run time; call it directly or derive from it")  # fmt: skip


def _deepcopy_call(ctx: Context, call: ast.Call) -> None:
    """copy.deepcopy(x[, memo]): the memo sees every object copied, private state included, so it may only
    be a new plain dict."""
    memo = call.args[1:] + [k.value for k in call.keywords]
    if any(not (isinstance(m, ast.Dict) or (isinstance(m, ast.Constant) and m.value is None)) for m in memo):
        ctx.add("private-attribute", call, "copy.deepcopy's memo receives every object it copies, private "
                "state included: leave it out or pass {}")  # fmt: skip


def _field_callable(ctx: Context, node: ast.AST, name: str) -> None:
    ctx.add("computed-attribute-name", node, f"{name} may only be used under its own name as a decorator, a "
            "base class or a direct call: its field names must be written where the checker reads them")  # fmt: skip


def _type_form(ctx: Context, node: ast.AST) -> None:
    ctx.add("class-machinery", node, "typing.Type is only for annotations: read or passed on, it forwards to "
            "type itself; annotate with Type[X] or type[X]")  # fmt: skip


def _as_value(ctx: Context, node: ast.AST, name: str) -> None:
    ctx.add(
        "computed-attribute-name",
        node,
        f"{name!r} may only be called directly with a constant attribute name, not passed around or stored",
    )


def _type_self(ctx: Context, use: Use, resolution: Resolution) -> None:
    """type(self) and self.__class__: the tool's own class only while self is surely its own object (for a
    classmethod's cls, type(cls) is the metaclass)."""
    if use.name == "self" and own_object(ctx, use.scope, use.name):
        return
    if use.extra == "__class__":
        ctx.add("dunder-attribute", use.node, dunder_attribute_message("__class__") + "; use type(x).__name__, "
                "or self.__class__ on the first parameter of a method")  # fmt: skip
    else:
        ctx.add("class-machinery", use.node, f"type({use.name}) is the tool's own class only for the first "
                "parameter of a method that is never called through its class on another object")  # fmt: skip


def _constructor(ctx: Context, use: Use, resolution: Resolution) -> None:
    """``X.__init__``/``__new__``: X must be a class (the tool's, an imported one, a builtin class or
    exception), a method's own ``self``, or a classmethod's ``cls``; ``__call__``, ``__copy__`` and
    ``__deepcopy__`` only on self or cls."""
    classes = use.extra in ("__init__", "__new__")  # Base.__init__(self): any other is called on an object
    if classes and (resolution.only(Kind.CLASS) or resolution.only(Kind.IMPORTED)):
        return
    if classes and not resolution.bindings and resolution.may_be_builtin and builtin_class(use.name):
        return
    if use.name == "self" and own_object(ctx, use.scope, "self"):
        return
    if use.name == "cls" and class_parameter(use.scope):
        return
    ctx.add("dunder-attribute", use.node, f"{use.extra!r} may only be read on a class or on self (Base.{use.extra}"
            f"(self, ...), super().{use.extra}(...)); called on an object it reopens or resets it")  # fmt: skip


_SELF_MATCHING = frozenset({"bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str"})


def _match_class(ctx: Context, use: Use, resolution: Resolution) -> None:
    """``case C(a, b)``: C's __match_args__ must be names the checker saw (see MATCH_MESSAGE)."""
    if not resolution.bindings and resolution.may_be_builtin and use.name in _SELF_MATCHING | {"tuple"}:
        if use.extra == 1:
            return
    elif resolution.only(Kind.CLASS) and _written_match_args(ctx, use.name, 0):
        return
    ctx.add("class-machinery", use.node, MATCH_MESSAGE)


def _written_match_args(ctx: Context, name: str, depth: int) -> bool:
    """Every class statement of that name gets its __match_args__ from what the checker judged: its own
    ``__match_args__ = (...)``, dataclass or NamedTuple fields, or a base class of the tool that does."""
    classes = [s for s in ctx.class_scopes if isinstance(s.node, ast.ClassDef) and s.node.name == name]
    if not classes or depth > 4:
        return False
    for scope in classes:
        node = scope.node
        assert isinstance(node, ast.ClassDef)
        if "__match_args__" in scope.bindings:
            continue
        labels = [head_name(d.func if isinstance(d, ast.Call) else d) for d in node.decorator_list]
        if "dataclass" in labels or any(head_name(b) == "NamedTuple" for b in node.bases):
            continue
        bases = [b.id for b in node.bases if isinstance(b, ast.Name)]
        if not any(_written_match_args(ctx, base, depth + 1) for base in bases):
            return False
    return True


def _wrapped(ctx: Context, use: Use, resolution: Resolution) -> None:
    """wraps(f) copies f's annotations onto the wrapper, where .register may evaluate them."""
    if any(b.kind is Kind.DEF for b in resolution.bindings):
        for function, scope in ctx.functions.get(use.name, []):
            dispatch_annotations(ctx, function, scope)


def _from_module(ctx: Context, use: Use, resolution: Resolution) -> None:
    """A name that counts only as what an allowed module gives: the module itself, or name imported from it."""
    assert isinstance(use.extra, tuple)
    module, name = use.extra
    given = resolution.modules() + [q.rpartition(".")[0] for q in resolution.imported() if q.endswith("." + str(name))]
    if len(resolution.bindings) == 1 and given == [module]:
        return
    if module == "functools":
        ctx.add("computed-attribute-name", use.node, "only functools.WRAPPER_ASSIGNMENTS and WRAPPER_UPDATES "
                "of the functools module may stand for the names wraps() copies")  # fmt: skip
    elif module == "abc":
        ctx.add("class-machinery", use.node, "metaclass= is allowed only for abc.ABCMeta itself")
    else:
        ctx.add("computed-attribute-name", use.node, f"{use.name!r} must be {module}.{name}; getattr()/setattr() "
                "need f.name for f in dataclasses.fields(x), or a constant name")  # fmt: skip


def _type_use(ctx: Context, use: Use, resolution: Resolution) -> None:
    kinds = {b.kind for b in resolution.bindings}
    if use.extra == "attribute":  # the start of a dotted annotation: only a module is sure to hold classes
        if not kinds or not kinds <= {Kind.IMPORTED, Kind.MODULE}:
            ctx.add(
                "string-annotation",
                use.node,
                f"{use.name!r} in the annotation of a function registered with .register is not a module; "
                "its attributes may hold strings that typing evaluates; annotate with classes",
            )
        return
    if use.tag is Tag.TYPE_NAME and (
        (use.name in METACLASS_NAMES and resolution.may_be_builtin)
        or any(q.rpartition(".")[2] in METACLASS_NAMES for q in resolution.imported())
    ):
        ctx.add("class-machinery", use.node, "a registered function annotated with a metaclass puts it in the "
                "dispatch registry, where it can be read back; annotate with ordinary classes")  # fmt: skip
        return
    if use.tag is Tag.TYPE_ARG:
        if kinds & {Kind.CLASS, Kind.IMPORTED, Kind.MODULE}:
            ctx.add("class-machinery", use.node, "type() of a class is its metaclass; not allowed")
    elif not (kinds <= {Kind.CLASS, Kind.IMPORTED, Kind.MODULE} and (kinds or resolution.may_be_builtin)):
        ctx.add(
            "string-annotation",
            use.node,
            f"{use.name!r} in the annotation of a function registered with .register is evaluated by typing "
            "tools; annotate with classes (int, list[str], a class of the tool), not variables",
        )


def _register(ctx: Context, use: Use, resolution: Resolution) -> None:
    if use.extra == "instance":  # register(Item(...)): an object of a tool class, not a function
        if not makes_objects(ctx, use.scope, use.name):  # a __new__ could return a function
            ctx.add("string-annotation", use.node, ".register() evaluates the annotations of what it is given; "
                    "pass a class, an object of the tool's class, or a function the tool defines by name")  # fmt: skip
        return
    if use.name in ctx.rewrapped:
        ctx.add("string-annotation", use.node, f"{use.name!r} carries annotations copied by wraps/update_wrapper; "
                ".register would evaluate them; register the function as written")  # fmt: skip
        return
    kinds = {b.kind for b in resolution.bindings}
    if Kind.DEF in kinds:
        for function, scope in ctx.functions.get(use.name, []):
            if function.decorator_list:  # the name holds what the decorators returned, not this def
                ctx.add("string-annotation", use.node, f".register({use.name}) would register what its "
                        "decorators returned, not the function as written; register it undecorated")  # fmt: skip
            dispatch_annotations(ctx, function, scope)  # queues TYPE_NAME uses, judged later in this loop
    if not kinds <= {Kind.CLASS, Kind.IMPORTED, Kind.MODULE, Kind.DEF} or (not kinds and not resolution.may_be_builtin):
        ctx.add(
            "string-annotation",
            use.node,
            f".register({use.name}) evaluates the annotations of what it is given; pass a class, or a function "
            "the tool defines",
        )


def _decorator(ctx: Context, use: Use, resolution: Resolution) -> None:
    if resolution.bindings or (resolution.may_be_builtin and use.name in _DECORATOR_BUILTINS):
        return
    ctx.add(
        "decorator-not-allowed",
        use.node,
        f"decorator {use.name!r} is not allowed; decorate only with functions the tool defines, names "
        "imported from allowed modules, or property/staticmethod/classmethod",
    )


def _module_chain(ctx: Context, scope: Scope, module: str, chain: Chain) -> None:
    """``json.decoder``, ``random._os``: only the names the policy lists for each module."""
    policy = ctx.policy
    current = module
    last = len(chain.attributes) - 1
    for i, (name, node) in enumerate(chain.attributes):
        if id(node) in ctx.flagged and not name.startswith("_"):
            return
        submodule = f"{current}.{name}"
        if submodule in policy.module_attributes:
            current = submodule
            continue
        if name not in policy.module_attributes.get(current, frozenset()):
            ctx.add("module-attribute", node, module_attribute_message(policy, current, name))
            return
        if chain.store:  # json.x = v, and json.JSONEncoder.encode = v alike: shared by the whole process
            ctx.add(
                "module-mutation",
                node,
                f"changing {submodule!r} would alter a shared module; keep state in your own objects",
            )
        if name in ENUM_FACTORIES and current == "enum":
            outer = chain.outer
            if i != last or (chain.call is None and (outer is None or id(outer) not in ctx.class_positions)):
                _enum_as_value(ctx, node, submodule)  # enum.Enum.__call__(...), partial(enum.Enum, ...)
                return
        if submodule in ATTRIBUTE_CALLABLES:
            if i == last and chain.call is not None:
                attribute_callable(ctx, scope, submodule, chain.call)
            else:
                _as_value(ctx, node, submodule)
        elif submodule == "copy.deepcopy":
            if i == last and chain.call is not None:
                _deepcopy_call(ctx, chain.call)
            else:
                _as_value(ctx, node, submodule)
        elif submodule in FIELD_CALLABLES:
            outer = chain.outer
            placed = outer is not None and (id(outer) in ctx.class_positions or id(outer) in ctx.decorators)
            if i != last or not (chain.call is not None or placed):
                _field_callable(ctx, node, submodule)
        elif submodule == "typing.Type":
            outer = chain.outer
            if i != last or outer is None or id(outer) not in ctx.class_positions:
                _type_form(ctx, node)
        elif submodule in WRAPPER_CALLABLES and not (i == last and chain.call is not None):
            _as_value(ctx, node, submodule)  # called directly, the walk judges the names it copies
        return
    if chain.store:
        ctx.add("module-mutation", chain.attributes[-1][1], f"assigning to module {current!r} is not allowed")
    else:
        ctx.add(
            "module-as-value",
            chain.attributes[-1][1],
            f"the module {current!r} is used as a value; use its attributes directly, e.g. {current}.<name>",
        )


def _field_name(ctx: Context, use: Use, resolution: Resolution) -> None:
    fields = resolution.bindings and all(b.target == "<fields>" for b in resolution.bindings)
    if not fields or "name" in ctx.stored_attributes:  # f.name = "__code__" would rename a field
        ctx.add("computed-attribute-name", use.node, "getattr()/setattr() need a constant attribute name, or f.name "
                "for f in dataclasses.fields(x); keep dynamic data in a dict")  # fmt: skip


def _type_peer(ctx: Context, use: Use, resolution: Resolution, depth: int = 0) -> None:
    """type(x) == peer / type(x) in peer / peer[type(x)]: the peer's own methods get the class, so it must
    be a class, a builtin, an import, a display of those, or (for lookups) a plain dict."""
    assert isinstance(use.extra, str)
    how, _, path = use.extra.partition("-")
    table = how == "table"
    if path:  # mod.Class: only a module's attribute path is a class that is known not to be the tool's,
        fine = set() if table else {Kind.MODULE}  # and mod.Class[type(x)] is a generic alias that keeps it
    elif table:  # a display is a plain dict or list; a class (Generic[type(x)]) or an object keeps the key
        fine = {Kind.CONST_COLLECTION, Kind.TABLE, Kind.NAMES}
    else:
        fine = {Kind.CLASS, Kind.IMPORTED, Kind.MODULE, Kind.NAMES}
    for binding in resolution.bindings:
        if table and not path and binding.kind is Kind.OTHER and binding.target == "display":
            continue
        if table and not path and binding.kind is Kind.INSTANCE:  # dict(...), defaultdict(...)
            maker = ctx.resolve(use.scope, binding.target)
            if binding.target == "dict" and not maker.bindings:
                continue
            if maker.imported() == [f"collections.{binding.target}"] and len(maker.bindings) == 1:
                continue
            break
        if binding.kind not in fine:
            break
        if binding.kind is Kind.NAMES and depth < 3 and not table:
            where = _defining_scope(use.scope, use.name)  # the names mean what they meant where the tuple was made
            for name in binding.target.split(","):
                inner = Use(use.tag, name, where, use.node, "compare")
                before = len(ctx.findings)
                _type_peer(ctx, inner, ctx.resolve(where, name), depth + 1)
                if len(ctx.findings) != before:
                    return
    else:
        return
    ctx.add("class-machinery", use.node, f"type(x) is handed to {use.name!r} here, which is not a class or a "
            "plain dict; compare type(x) only with classes (type(x) is int, type(x) in (int, float))")  # fmt: skip


def _annotation_base(ctx: Context, use: Use, resolution: Resolution) -> None:
    """``x: C[...]``: C is a class, an import or a builtin (list, dict...), or an alias made by subscripting
    one (``Result = Union[Ok[T], Err[E]]``), not an object."""
    if not _names_a_class(ctx, use.scope, use.name, resolution, 0):
        ctx.add("class-machinery", use.node, f"annotations run, and {use.name!r} is subscripted in one without "
                "being a class or an import: its __getitem__ gets what is inside; subscript only classes")  # fmt: skip


def _names_a_class(ctx: Context, scope: Scope, name: str, resolution: Resolution, depth: int) -> bool:
    if not resolution.bindings:
        return resolution.may_be_builtin
    for binding in resolution.bindings:
        if binding.kind in (Kind.CLASS, Kind.IMPORTED, Kind.MODULE):
            continue
        # Union[...] is an ITEM of Union, typing.Optional[...] DERIVED from typing
        if not (binding.kind in (Kind.ITEM, Kind.DERIVED) and binding.target and depth < 4):
            return False
        head = binding.target.partition(".")[0]
        if head == name or not _names_a_class(ctx, scope, head, ctx.resolve(scope, head), depth + 1):
            return False
    return True


def _defining_scope(scope: Scope, name: str) -> Scope:
    """The scope whose binding of ``name`` a load in ``scope`` finds (class bodies are seen only from
    themselves)."""
    current: Scope | None = scope
    first = True
    while current is not None:
        if name in current.bindings and (first or current.kind != "class"):
            return current
        first = False
        current = current.parent
    return scope.module()


def _class_base(ctx: Context, use: Use, resolution: Resolution) -> None:
    """An Enum base under any name: a subclass without members is an Enum factory (Kind("X", names))."""
    assert isinstance(use.extra, ast.ClassDef)
    node = use.extra
    enum_base = any(q.startswith("enum.") and q[5:] in ENUM_FACTORIES for q in resolution.imported())
    if "enum" in resolution.modules() and isinstance(use.node, ast.Attribute):
        enum_base = enum_base or use.node.attr in ENUM_FACTORIES
    enum_base = enum_base or node.name in ctx.enum_classes
    members = any(isinstance(s, ast.Assign | ast.AnnAssign) for s in node.body)
    if enum_base and not members:
        ctx.add("class-machinery", node, f"Enum class {node.name!r} has no members: calling it with a name and "
                "members would create a class at run time; give it its members")  # fmt: skip


_CHECKS = {
    Tag.CLASS_BASE: _class_base,
    Tag.TYPE_PEER: _type_peer,
    Tag.TYPE_SELF: _type_self,
    Tag.WRAPPED: _wrapped,
    Tag.FROM_MODULE: _from_module,
    Tag.FIELD_NAME: _field_name,
    Tag.CONSTRUCTOR: _constructor,
    Tag.MATCH_CLASS: _match_class,
    Tag.ANNOTATION_BASE: _annotation_base,
}
