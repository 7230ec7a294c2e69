"""Walk handlers for the statements that bind names: imports, assignments, loops, ``except``, ``global``,
comprehensions and match captures (definitions are in ``definitions.py``).

Each handler takes ``(ctx, node, scope, flags, stack)``, records bindings and findings, and pushes the
sub-trees still to visit, with the scope they are evaluated in.
"""

from __future__ import annotations

import ast
from typing import Any

from genesis_mcp.safety.attributes import COPIES, attribute_name, receiver_root
from genesis_mcp.safety.context import ANNOTATION, CLASSINFO, OPERAND, Context, Frame, Handler, Tag
from genesis_mcp.safety.definitions import DEFINITIONS, head_name
from genesis_mcp.safety.messages import import_message, module_attribute_message
from genesis_mcp.safety.names import FUTURE_FEATURES, INTROSPECTION_ATTRIBUTES, METACLASS_NAMES, is_dunder
from genesis_mcp.safety.scopes import Binding, Kind, Scope
from genesis_mcp.safety.visit import child, push_body

__all__ = ["HANDLERS", "MATCH_MESSAGE", "class_var_root", "classify"]

OTHER = Binding(Kind.OTHER)
_CONST, _CONST_COLLECTION = Binding(Kind.CONST), Binding(Kind.CONST_COLLECTION)
_LOOKUP_COLLECTION = Binding(Kind.CONST_COLLECTION, "lookup")  # a dict of constants with computed keys
_DISPLAY = Binding(Kind.OTHER, "display")
_EMPTY_DISPLAY = Binding(Kind.OTHER, "empty")  # [] or {}: a new container, of nothing yet (callers._shared)
_COPIES = frozenset({"dict", "list", "tuple", "sorted", "set", "frozenset"})  # builtins that copy items
_COMPREHENSIONS = frozenset({ast.ListComp, ast.SetComp, ast.DictComp})
_FIELD = Binding(Kind.ITEM, "<fields>")
_MAX_COLLECTION = 512
_Name, _Call, _Attribute, _Subscript = ast.Name, ast.Call, ast.Attribute, ast.Subscript
_FOLDABLE = frozenset({ast.Constant, ast.BinOp, ast.UnaryOp, ast.JoinedStr, ast.Subscript, ast.Call})
_DISPLAYS = frozenset({ast.List, ast.Tuple, ast.Set})
_VALUE = Tag.VALUE
_EMPTY: frozenset[str] = frozenset()


def classify(ctx: Context, value: Any) -> Binding:
    """What an assignment binds (``value`` is an expression node or None), for the format-template rule."""
    if value is None:
        return OTHER
    kind = type(value)
    if kind is _Call:
        func = value.func
        if type(func) is _Name:
            args = value.args
            if func.id in _COPIES and len(args) == 1 and type(args[0]) is _Name and not value.keywords:
                return Binding(Kind.COPY, f"{func.id}:{args[0].id}")
            if func.id not in ("chr", "str"):
                return Binding(Kind.INSTANCE, func.id)
        elif type(func) is _Attribute and func.attr == "get":
            table, args = func.value, value.args
            if type(table) is _Name and len(args) <= 2 and (len(args) < 2 or ctx.fold(args[1]) is not None):
                return Binding(Kind.ITEM, table.id)
    elif kind is _Subscript and type(value.value) is _Name:
        return Binding(Kind.ITEM, value.value.id)
    if kind in _FOLDABLE and ctx.fold(value) is not None:  # fold() of any other node is None at once
        return _CONST
    if kind is ast.IfExp:  # "one {x}" if n == 1 else "{n} {x}s", or T["one"] if n == 1 else T["many"]
        branches = (value.body, value.orelse)
        tables = {b.value.id for b in branches if type(b) is _Subscript and type(b.value) is _Name}
        if all(ctx.fold(b) is not None or (type(b) is _Subscript and type(b.value) is _Name) for b in branches):
            if not tables:
                return _CONST
            if len(tables) == 1 and all(type(b) is _Subscript for b in branches):
                return Binding(Kind.ITEM, tables.pop())
    if kind is ast.BoolOp and all(ctx.fold(v) is not None for v in value.values):
        return _CONST
    items: list[ast.expr] | None = None
    if kind in _DISPLAYS:
        items = value.elts
    elif kind is ast.Dict and None not in value.keys:  # no {**other}
        items = value.values
    if items and len(items) <= _MAX_COLLECTION:
        if all(ctx.fold(i) is not None for i in items):
            # Iterating a dict gives its keys: only lookups give constants when a key is computed.
            keyed = kind is ast.Dict and not all(ctx.fold(k) is not None for k in value.keys)
            return _LOOKUP_COLLECTION if keyed else _CONST_COLLECTION
        if type(items[0]) is ast.Tuple:
            columns = _constant_columns(ctx, items)
            if columns:  # iterating a list of rows gives rows; a dict of rows, its keys
                return Binding(Kind.TABLE, ("D:" if kind is ast.Dict else "L:") + columns)
        if all(type(e) is _Name for e in items):  # (int, float), {"a": A}: judged where used
            return Binding(Kind.NAMES, ",".join(e.id for e in items))  # type: ignore[attr-defined]
    if kind in _DISPLAYS or kind is ast.Dict or kind in _COMPREHENSIONS:
        empty = (kind in _DISPLAYS and not value.elts) or (kind is ast.Dict and not value.keys)
        if empty:
            return _EMPTY_DISPLAY
        # A plain container (class_rules._lookup_peer) of what the names in it hold (callers._shared)
        names = sorted({n.id for n in ast.walk(value) if type(n) is _Name})
        return Binding(Kind.OTHER, "display:" + ",".join(names)) if names else _DISPLAY
    if kind is _Name:
        return Binding(Kind.DERIVED, value.id)
    if kind is ast.BoolOp or kind is ast.BinOp:  # x = a or b, x = C | C: made from its first operand
        first = classify(ctx, value.values[0] if kind is ast.BoolOp else value.left)
        if first.kind is Kind.DERIVED:  # "+": and from others, which may be anything (see Kind.DERIVED)
            return Binding(Kind.DERIVED, first.target + "+")
        if first.kind is Kind.INSTANCE:
            return first
    func = value.func if kind is _Call else None
    if type(func) is _Attribute and type(func.value) is _Name and func.attr not in COPIES:
        # x = Version.parse(s): made by a method of what the name holds ("Version.parse()"); copy.copy(self)
        # is like its argument (receiver_root, below); "+" when the call gives it more (d.get("k", obj))
        given = [*value.args, *(k.value for k in value.keywords)]
        more = "+" if any(ctx.fold(g) is None for g in given) else ""
        return Binding(Kind.DERIVED, f"{value.func.value.id}.{value.func.attr}(){more}")
    if kind is _Attribute or kind is _Call or kind is _Subscript:
        root = receiver_root(value)
        if root is not None:
            return Binding(Kind.DERIVED, root)
    return OTHER


def _constant_columns(ctx: Context, rows: list[ast.expr]) -> str:
    """The columns that hold a constant in every row of a table of tuple displays of one width ("0,2"), or
    "". Rows must be tuples: a list row could be given a run-time value (``T[0][1] = s``) by a read of T;
    and without ``*x`` in them, so that a row has at run time the width it is written with."""
    tuples = [r for r in rows if isinstance(r, ast.Tuple)]
    width = len(tuples[0].elts) if tuples else 0
    if len(tuples) < len(rows) or any(len(r.elts) != width for r in tuples):
        return ""
    if any(isinstance(cell, ast.Starred) for r in tuples for cell in r.elts):
        return ""
    found = []
    for column in range(width):
        if all(ctx.fold(r.elts[column]) is not None for r in tuples):
            found.append(str(column))
    return ",".join(found)


def _class_level_import(ctx: Context, node: ast.AST, scope: Scope) -> None:
    if scope.kind == "class":
        ctx.add(
            "module-as-value",
            node,
            "an import in a class body makes the module a class attribute; import at module or function level",
        )


def _import(ctx: Context, node: ast.Import, scope: Scope, flags: int, stack: list[Frame]) -> None:
    _class_level_import(ctx, node, scope)
    modules = ctx.policy.module_attributes
    for alias in node.names:
        bound = alias.asname or alias.name.split(".")[0]
        binding = Binding(Kind.MODULE, alias.name if alias.asname else bound)
        if alias.name not in modules:
            ctx.add("import-not-allowed", alias, import_message(ctx.policy, alias.name))
            binding = OTHER
        else:
            ctx.import_names.add(bound)
        ctx.bind(bound, alias, scope, binding)


def _import_from(ctx: Context, node: ast.ImportFrom, scope: Scope, flags: int, stack: list[Frame]) -> None:
    policy = ctx.policy
    module = node.module or ""
    if module != "__future__":
        _class_level_import(ctx, node, scope)
    if node.level:
        ctx.add("import-not-allowed", node, "relative imports are not allowed: a tool is a single module")
    modules = policy.module_attributes
    for alias in node.names:
        full = f"{module}.{alias.name}"
        binding = OTHER
        if node.level:
            pass
        elif module == "__future__":
            if alias.name not in FUTURE_FEATURES:
                ctx.add("import-not-allowed", alias, f"'from __future__ import {alias.name}' is not allowed")
        elif alias.name == "*":
            ctx.add("star-import", node, f"'from {module} import *' hides what is used; import names explicitly")
            if module not in modules:
                ctx.add("import-not-allowed", node, import_message(policy, module))
            continue
        elif full in modules:
            binding = Binding(Kind.MODULE, full)
        elif alias.name in modules.get(module, _EMPTY):
            binding = Binding(Kind.IMPORTED, full)
        elif module in modules:
            ctx.add("module-attribute", alias, module_attribute_message(policy, module, alias.name))
        else:
            ctx.add("import-not-allowed", alias, import_message(policy, full if module in policy.packages else module))
        if binding is not OTHER:
            ctx.import_names.add(alias.asname or alias.name)
        ctx.bind(alias.asname or alias.name, alias, scope, binding)


def _global(ctx: Context, node: ast.Global | ast.Nonlocal, scope: Scope, flags: int, stack: list[Frame]) -> None:
    for name in node.names:
        if is_dunder(name):
            ctx.dunder_name(name, node)
    scope.declare(node.names, nonlocal_=type(node) is ast.Nonlocal)


def _except(ctx: Context, node: ast.ExceptHandler, scope: Scope, flags: int, stack: list[Frame]) -> None:
    if node.name:
        ctx.bind(node.name, node, scope, OTHER)
    if node.type is not None:  # a class position, like isinstance's second argument
        kinds = node.type.elts if type(node.type) is ast.Tuple else [node.type]
        stack.extend((kind, scope, CLASSINFO) for kind in kinds)
    push_body(stack, node.body, scope)


def _match_capture(
    ctx: Context, node: ast.MatchAs | ast.MatchStar | ast.MatchMapping, scope: Scope, flags: int, stack: list[Frame]
) -> None:
    name = node.rest if isinstance(node, ast.MatchMapping) else node.name
    if name:
        ctx.bind(name, node, scope, OTHER)
    if isinstance(node, ast.MatchMapping):
        stack.extend((item, scope, 0) for item in [*node.keys, *node.patterns])
    elif isinstance(node, ast.MatchAs) and node.pattern is not None:
        stack.append((node.pattern, scope, 0))


def _match_class(ctx: Context, node: ast.MatchClass, scope: Scope, flags: int, stack: list[Frame]) -> None:
    for name in node.kwd_attrs:
        attribute_name(ctx, scope, name, node)
        ctx.attribute_loads.append((name, node, scope))  # case object(m=f): m read off a subject, a class maybe
    if node.patterns:  # positional: attributes named by the class's __match_args__, judged in finish
        if type(node.cls) is _Name:
            ctx.uses.append((Tag.MATCH_CLASS, node.cls.id, scope, node.cls, len(node.patterns)))
        else:
            ctx.add("class-machinery", node.cls, MATCH_MESSAGE)
    stack.append((node.cls, scope, OPERAND))
    stack.extend((p, scope, 0) for p in node.patterns + node.kwd_patterns)


MATCH_MESSAGE = (
    "a class pattern with positional sub-patterns reads the attributes the class's __match_args__ names: use "
    "it with a class of the tool whose names are written out (a dataclass, a NamedTuple, __match_args__ = "
    "('x', 'y')) or with int(x)/str(x)-style builtins; otherwise name them: case C(x=a)"
)


def _comprehension(
    ctx: Context,
    node: ast.ListComp | ast.SetComp | ast.GeneratorExp | ast.DictComp,
    scope: Scope,
    flags: int,
    stack: list[Frame],
) -> None:
    inner = Scope("comprehension", scope)
    for i, generator in enumerate(node.generators):
        stack.append((generator.iter, inner if i else scope, 0))  # the first iterable is evaluated outside
        ctx.read_only.add(id(generator.iter))
        _loop_target(ctx, generator.target, generator.iter, inner, stack)
        for condition in generator.ifs:
            stack.append((condition, inner, 0))
    if isinstance(node, ast.DictComp):
        stack.extend(((node.key, inner, 0), (node.value, inner, 0)))
    else:
        stack.append((node.elt, inner, 0))


def _row_target(ctx: Context, target: ast.AST, table: str, scope: Scope, mark: str) -> bool:
    """Bind a loop target to what it takes from a table: mark "#" for what iterating T gives ("T.#", and "T.#1"
    for the second name of ``for key, message in T``), "@" for its values ("T", "T.@1"); see ITEM in
    scopes.py. False for targets other than a name or a tuple of names."""
    if isinstance(target, ast.Name):
        ctx.bind(target.id, target, scope, Binding(Kind.ITEM, table + ".#" if mark == "#" else table))
        return True
    names = [e for e in target.elts if isinstance(e, ast.Name)] if isinstance(target, ast.Tuple) else []
    if not names or len(names) < len(target.elts):  # type: ignore[attr-defined]
        return False
    for column, element in enumerate(names):
        ctx.bind(element.id, element, scope, Binding(Kind.ITEM, f"{table}.{mark}{column}"))
    return True


def _loop_target(ctx: Context, target: ast.AST, iterable: ast.AST, scope: Scope, stack: list[Frame]) -> None:
    if type(iterable) is _Name and _row_target(ctx, target, iterable.id, scope, "#"):
        return
    if type(target) is _Name and type(iterable) in _DISPLAYS and iterable.elts:  # type: ignore[attr-defined]
        roots = [receiver_root(e) for e in iterable.elts]  # type: ignore[attr-defined]
        root = next((r for r in roots if r is not None), None)
        if root is not None:  # for enc in [json.JSONEncoder]: enc comes from json (and the others: "+")
            ctx.bind(target.id, target, scope, Binding(Kind.DERIVED, root + ("+" if len(roots) > 1 else "")))
            return
    if type(target) is _Name and type(iterable) is _Call and head_name(iterable.func) == "fields":
        ctx.bind(target.id, target, scope, _FIELD)  # for f in dataclasses.fields(x): f.name is a field name
        root = receiver_root(iterable.func)
        if root is not None:
            ctx.uses.append((Tag.FROM_MODULE, root, scope, iterable, ("dataclasses", "fields")))
        return
    if type(iterable) is _Call and type(iterable.func) is _Attribute:
        table, method = iterable.func.value, iterable.func.attr
        if type(table) is _Name and not iterable.args:  # for v in T.values() / for k, v in T.items(): v is an
            if method == "values" and _row_target(ctx, target, table.id, scope, "@"):  # item of T
                return
            pair = target.elts if type(target) is ast.Tuple else ()
            if method == "items" and len(pair) == 2 and _row_target(ctx, pair[1], table.id, scope, "@"):
                if not _row_target(ctx, pair[0], table.id, scope, "#"):  # the key: what iterating T gives
                    stack.append((pair[0], scope, 0))
                return
    elif type(iterable) is _Call and type(iterable.func) is _Name and iterable.func.id == "enumerate":
        given = iterable.args[0] if len(iterable.args) == 1 and not iterable.keywords else None
        pair = target.elts if type(target) is ast.Tuple else ()
        if isinstance(given, ast.Name) and len(pair) == 2 and _row_target(ctx, pair[1], given.id, scope, "#"):
            stack.append((pair[0], scope, 0))  # for i, (key, message) in enumerate(T)
            return
    stack.append((target, scope, 0))


def _for(ctx: Context, node: ast.For | ast.AsyncFor, scope: Scope, flags: int, stack: list[Frame]) -> None:
    push_body(stack, node.orelse, scope)
    push_body(stack, node.body, scope)
    _loop_target(ctx, node.target, node.iter, scope, stack)
    ctx.read_only.add(id(node.iter))
    child(ctx, node.iter, scope, 0, stack)


def _class_body_names(ctx: Context, scope: Scope, name: str, value: ast.AST) -> None:
    """``__slots__`` names attributes the class defines; ``__match_args__`` names attributes match reads."""
    elements = value.elts if isinstance(value, ast.Tuple | ast.List) else None
    if name == "__slots__" and elements is not None:
        ctx.defined_attributes.update(
            e.value for e in elements if isinstance(e, ast.Constant) and isinstance(e.value, str)
        )
    elif name == "__match_args__" and scope.kind == "class":
        for element in elements if elements is not None else [value]:
            text = ctx.fold(element)
            if text is None:
                ctx.add(
                    "computed-attribute-name", element, "__match_args__ must be a tuple of constant attribute names"
                )
            else:
                attribute_name(ctx, scope, text, element)


def _assign(ctx: Context, node: ast.Assign, scope: Scope, flags: int, stack: list[Frame]) -> None:
    value = node.value
    binding = classify(ctx, value)
    for target in node.targets:
        if type(target) is ast.Tuple and type(value) is ast.Tuple and len(target.elts) == len(value.elts):
            for part, item in zip(target.elts, value.elts, strict=True):  # a, b = V(1), V(2)
                if type(part) is _Name:
                    ctx.bind(part.id, part, scope, classify(ctx, item))
                else:
                    stack.append((part, scope, 0))
        elif type(target) is _Name:
            name = target.id
            if name == "__match_args__" and len(node.targets) == 1:
                ctx.judged.add(id(target))  # judged by _class_body_names below (marks it as checked)
            ctx.bind(name, target, scope, binding)
            if name[:1] == "_":
                _class_body_names(ctx, scope, name, value)
        else:
            if type(target) is _Subscript:  # c[k] = v: what goes into the container is known here
                ctx.container_stores.append((target.value, [value], scope))
                ctx.judged.add(id(target))
            elif type(target) is _Attribute and type(target.value) is _Name and target.value.id == "self":
                ctx.self_values[id(target)] = (value, scope)  # self.x = {}: see class_rules._dict_attribute
            stack.append((target, scope, 0))
    child(ctx, value, scope, 0, stack)  # queued last, so visiting it now keeps the order


def _ann_assign(ctx: Context, node: ast.AnnAssign, scope: Scope, flags: int, stack: list[Frame]) -> None:
    target, value = node.target, node.value
    if value is not None and type(target) is _Attribute and type(target.value) is _Name and target.value.id == "self":
        ctx.self_values[id(target)] = (value, scope)  # self.x: T = {}: see class_rules._dict_attribute
    class_var = class_var_root(node.annotation) if scope.kind == "class" else None
    if class_var is not None:  # it counts as ClassVar only if it is typing's
        ctx.uses.append((Tag.FROM_MODULE, class_var.id, scope, class_var, ("typing", "ClassVar")))
    elif scope.kind == "class" and _names_a_metaclass(node.annotation):
        # A dataclass keeps the annotation in Field.type: ``x: type`` would hand out type itself.
        ctx.add("class-machinery", node.annotation, "a class attribute annotated with type or a metaclass hands "
                "it out through dataclasses.fields(); annotate with the classes it holds")  # fmt: skip
    # A dataclass or NamedTuple field is an attribute ``case X(a)`` reads (generated __match_args__).
    if (
        type(target) is _Name
        and scope.kind == "class"
        and not is_dunder(target.id)
        and (target.id[0] == "_" or target.id in INTROSPECTION_ATTRIBUTES)
    ):
        attribute_name(ctx, scope, target.id, target)
    if type(target) is _Name:
        if target.id == "__match_args__" and value is not None:
            ctx.judged.add(id(target))  # judged by _class_body_names below
        ctx.bind(target.id, target, scope, classify(ctx, value))
        if value is not None and target.id[:1] == "_":
            _class_body_names(ctx, scope, target.id, value)
    else:
        stack.append((target, scope, 0))
    if value is None:
        child(ctx, node.annotation, scope, ANNOTATION, stack)
    else:
        stack.append((node.annotation, scope, ANNOTATION))
        child(ctx, value, scope, 0, stack)


def class_var_root(annotation: ast.AST) -> ast.Name | None:
    """For ``ClassVar[...]`` or ``typing.ClassVar[...]`` (a class attribute, not a dataclass field:
    dataclasses.fields() leaves it out), the name that must be typing's: ``ClassVar`` or ``typing``."""
    head = annotation.value if isinstance(annotation, ast.Subscript) else annotation
    if isinstance(head, ast.Name) and head.id == "ClassVar":
        return head
    if isinstance(head, ast.Attribute) and head.attr == "ClassVar" and isinstance(head.value, ast.Name):
        return head.value
    return None


def _names_a_metaclass(annotation: ast.AST) -> bool:
    for node in ast.walk(annotation):
        if isinstance(node, ast.Name | ast.Attribute):
            name = node.id if isinstance(node, ast.Name) else node.attr
            if name in METACLASS_NAMES or name == "Type":
                return True
    return False


def _aug_assign(ctx: Context, node: ast.AugAssign, scope: Scope, flags: int, stack: list[Frame]) -> None:
    target = node.target
    # x += [v], x |= {k: v}, c[k] += v: a list or dict target changes in place, whoever else holds it
    ctx.container_stores.append((target.value if type(target) is _Subscript else target, [node.value], scope))
    if type(target) is _Name:
        ctx.bind(target.id, target, scope, OTHER)
        ctx.uses.append((_VALUE, target.id, scope, target, None))
    else:
        ctx.judged.add(id(target))
        stack.append((target, scope, 0))
    child(ctx, node.value, scope, 0, stack)


def _named_expr(ctx: Context, node: ast.NamedExpr, scope: Scope, flags: int, stack: list[Frame]) -> None:
    target = scope
    while target.kind == "comprehension" and target.parent is not None:
        target = target.parent  # a walrus in a comprehension binds in the enclosing function
    ctx.bind(node.target.id, node.target, target, classify(ctx, node.value))
    child(ctx, node.value, scope, 0, stack)


def _with_item(ctx: Context, node: ast.withitem, scope: Scope, flags: int, stack: list[Frame]) -> None:
    target, root = node.optional_vars, receiver_root(node.context_expr)
    if type(target) is _Name and root is not None:  # with m.f(x) as t: t comes from m
        ctx.bind(target.id, target, scope, Binding(Kind.DERIVED, root))
    elif target is not None:
        stack.append((target, scope, 0))
    child(ctx, node.context_expr, scope, 0, stack)


HANDLERS: dict[type, Handler] = {
    **DEFINITIONS,
    ast.Import: _import,
    ast.ImportFrom: _import_from,
    ast.Global: _global,
    ast.Nonlocal: _global,
    ast.ExceptHandler: _except,
    ast.MatchAs: _match_capture,
    ast.MatchStar: _match_capture,
    ast.MatchMapping: _match_capture,
    ast.MatchClass: _match_class,
    ast.ListComp: _comprehension,
    ast.SetComp: _comprehension,
    ast.GeneratorExp: _comprehension,
    ast.DictComp: _comprehension,
    ast.For: _for,
    ast.AsyncFor: _for,
    ast.Assign: _assign,
    ast.AnnAssign: _ann_assign,
    ast.AugAssign: _aug_assign,
    ast.NamedExpr: _named_expr,
    ast.withitem: _with_item,
}
