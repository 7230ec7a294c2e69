"""What a template that may come from the caller is filled with (for templates.py).

A template is trusted when it is a literal, an item of a table of literals nothing changes, or a parameter
of a module-level function (``template_sources.py``). The caller may call any module-level function, so
such a parameter may be the caller's template: allowed (``def render(template, values): return
template.format(**values)``), but it can walk any attribute of the values it is given
(``"{r.__init__.__globals__[sys]}"`` on an object of the tool's own class reaches the interpreter). So a
template that may come from the caller may only be filled with data: literals, the caller's own arguments
(JSON values, whose attributes lead nowhere), and what operators, displays, the data's own methods and a
few builtins make of them.
"""

from __future__ import annotations

import ast

from genesis_mcp.safety.attributes import receiver_root
from genesis_mcp.safety.context import Context, Tag, Use
from genesis_mcp.safety.definitions import head_name
from genesis_mcp.safety.names import CONTAINER_MUTATORS, IN_PLACE_OPERATORS
from genesis_mcp.safety.scopes import Kind, Scope, source_name
from genesis_mcp.safety.template_sources import literal_template, passed_for

__all__ = ["filled_with_data"]

_CALLEE = Tag.CALLEE
# Builtins whose result is a str, a number, or a container of what they are given.
_DATA_BUILTINS = frozenset(
    {"str", "int", "float", "len", "round", "abs", "bool", "repr", "sum", "min", "max", "dict", "list", "tuple"}
)
_MAX_DEPTH = 6


def filled_with_data(ctx: Context, use: Use, callers: list[str]) -> bool:
    """A template that may come from the caller is given only data, in a direct call: positional and
    keyword values are data; for ``format_map(m)`` and ``format(**m)`` only m's items are reachable.
    Data that comes from parameters counts only while the tool puts nothing but data into containers
    it may share with them."""
    assert isinstance(use.extra, tuple)
    call, method = use.extra[2], use.extra[1]
    if not isinstance(call, ast.Call):  # template.format as a value: no telling what it will be given
        return False
    scope = use.scope
    given = [*call.args, *(k.value for k in call.keywords)]
    if any(ctx.fold(g) is None for g in given) and _polluted(ctx):
        return False
    for position, argument in enumerate(call.args):
        mapping = method == "format_map" and position == 0
        if not (_plain_mapping if mapping else plain_data)(ctx, argument, scope, callers, 0):
            return False
    for keyword in call.keywords:
        if not (plain_data if keyword.arg else _plain_mapping)(ctx, keyword.value, scope, callers, 0):
            return False
    return True


def plain_data(ctx: Context, node: ast.AST, scope: Scope, callers: list[str], depth: int) -> bool:
    """``node`` is surely data: a literal, the caller's data, or made of them by operators, displays,
    methods of the data itself and the builtins above. Anything else (an object of the tool's classes, a
    function, a module's object) is refused."""
    if depth > _MAX_DEPTH:
        return False
    deeper = depth + 1
    if isinstance(node, ast.Constant | ast.JoinedStr) or ctx.fold(node) is not None:
        return True  # an f-string makes a str, whatever it reads
    if isinstance(node, ast.Name):
        return _plain_name(ctx, node.id, scope, callers, deeper)
    if isinstance(node, ast.Starred | ast.Subscript):  # an item of data is data; the index is not returned
        return plain_data(ctx, node.value, scope, callers, deeper)
    if isinstance(node, ast.BinOp):
        return all(plain_data(ctx, side, scope, callers, deeper) for side in (node.left, node.right))
    if isinstance(node, ast.UnaryOp):
        return plain_data(ctx, node.operand, scope, callers, deeper)
    if isinstance(node, ast.IfExp):
        return all(plain_data(ctx, branch, scope, callers, deeper) for branch in (node.body, node.orelse))
    if isinstance(node, ast.List | ast.Tuple | ast.Set):
        return all(plain_data(ctx, e, scope, callers, deeper) for e in node.elts)
    if isinstance(node, ast.Dict):
        parts = [k for k in node.keys if k is not None] + node.values
        return all(plain_data(ctx, p, scope, callers, deeper) for p in parts)
    if isinstance(node, ast.Call):
        func = node.func
        if isinstance(func, ast.Name):
            fine = func.id in _DATA_BUILTINS and not ctx.resolve(scope, func.id).bindings
        elif isinstance(func, ast.Attribute):  # name.strip(), row.get("k", 0): a method of the data
            fine = not func.attr.startswith("_") and plain_data(ctx, func.value, scope, callers, deeper)
        else:
            fine = False
        arguments = [*node.args, *(k.value for k in node.keywords)]
        return fine and all(plain_data(ctx, a, scope, callers, deeper) for a in arguments)
    return False


def _plain_name(ctx: Context, name: str, scope: Scope, callers: list[str], depth: int) -> bool:
    bindings = ctx.resolve(scope, name).bindings
    if not bindings or depth > _MAX_DEPTH:
        return False  # a builtin (len, print) is a function, not data
    for binding in bindings:
        if binding.kind is Kind.CONST or binding.kind is Kind.CONST_COLLECTION:
            continue
        if binding.kind is Kind.PARAM:
            if binding.target.startswith("entry:") and _parameter_data(ctx, binding.target, callers, depth):
                continue
            return False
        if binding.kind is Kind.COPY:  # dict(row): the items of row, while dict is the builtin
            maker, _, source = binding.target.partition(":")
            if not ctx.resolve(scope, maker).bindings and _plain_name(ctx, source, scope, callers, depth + 1):
                continue
            return False
        if binding.kind in (Kind.ITEM, Kind.DERIVED) and binding.target and not binding.target.endswith("+"):
            # for row in rows, x = rows[0], s = name.strip(): made from what the name it comes from holds
            head = source_name(binding.target)
            if head == name or _plain_name(ctx, head, scope, callers, depth + 1):  # text = text.strip()
                continue
        return False
    return True


def _parameter_data(ctx: Context, target: str, callers: list[str], depth: int) -> bool:
    """A module-level function's parameter holds data: from the caller, it is the caller's JSON; from each
    of the tool's calls, it is given data, or that call gives the function a literal template (then the
    template's own fields were checked where it was written)."""
    _, function, index, parameter = target.split(":", 3)
    templates = [t.split(":", 3) for t in callers if t.split(":", 2)[1] == function]
    for tag, name, scope, _node, extra in ctx.uses:
        if name != function:
            continue
        if tag is not _CALLEE or not isinstance(extra, ast.Call):
            return False
        literal = bool(templates)
        for _, _, template_index, template_name in templates:
            given = passed_for(extra, int(template_index), template_name)
            relayed: list[str] = []
            if given is not None and not (literal_template(ctx, given, scope, 0, relayed) and not relayed):
                literal = False
        if literal:
            continue
        value = passed_for(extra, int(index), parameter)
        if value is not None and not plain_data(ctx, value, scope, callers, depth + 1):
            return False
    return True


def _plain_mapping(ctx: Context, node: ast.AST, scope: Scope, callers: list[str], depth: int) -> bool:
    """A mapping whose items are data: data itself, ``defaultdict(lambda: data, data)``, or a dict subclass
    of the tool's whose only method is a ``__missing__`` that makes text of the key (the format_map recipe)."""
    if plain_data(ctx, node, scope, callers, depth):
        return True
    if not isinstance(node, ast.Call) or node.keywords or not all(
        plain_data(ctx, a, scope, callers, depth + 1) for a in node.args[1:]
    ):
        return False
    func, first = node.func, node.args[0] if node.args else None
    label = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None
    if label == "defaultdict" and isinstance(first, ast.Lambda) and not _has_parameters(first.args):
        return plain_data(ctx, first.body, scope, callers, depth + 1)  # no parameter: names are the outer ones
    if isinstance(func, ast.Name) and ctx.resolve(scope, func.id).only(Kind.CLASS):
        return (first is None or plain_data(ctx, first, scope, callers, depth + 1)) and _missing_recipe(ctx, func.id)
    return False


def _has_parameters(args: ast.arguments) -> bool:
    return bool(args.posonlyargs or args.args or args.vararg or args.kwonlyargs or args.kwarg)


def _missing_recipe(ctx: Context, name: str) -> bool:
    """``class Default(dict): def __missing__(self, key): return "{" + key + "}"``, and nothing else."""
    classes = [s for s in ctx.class_scopes if isinstance(s.node, ast.ClassDef) and s.node.name == name]
    if len(classes) != 1 or classes[0].parent is None:
        return False
    node = classes[0].node
    assert isinstance(node, ast.ClassDef)
    bases = [b.id for b in node.bases if isinstance(b, ast.Name)]
    if bases != ["dict"] or len(node.bases) != 1 or node.keywords or node.decorator_list:
        return False
    if ctx.resolve(classes[0].parent, "dict").bindings:  # the tool's own "dict"
        return False
    body = [s for s in node.body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
    if len(body) != 1 or not isinstance(body[0], ast.FunctionDef) or body[0].name != "__missing__":
        return False
    method = body[0]
    if method.decorator_list or len(method.args.args) != 2 or _has_extra_parameters(method.args):
        return False
    key = method.args.args[1].arg
    returns = [n.value for n in ast.walk(method) if isinstance(n, ast.Return)]
    return bool(returns) and all(r is not None and _text_of(r, key) for r in returns)


def _has_extra_parameters(args: ast.arguments) -> bool:
    return bool(args.posonlyargs or args.vararg or args.kwonlyargs or args.kwarg or args.defaults)


def _text_of(node: ast.AST, key: str) -> bool:
    """Text made of the key and literals: the key, "{" + key + "}", f"<{key}>"."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str | int | float)
    if isinstance(node, ast.Name):
        return node.id == key
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _text_of(node.left, key) and _text_of(node.right, key)
    return isinstance(node, ast.JoinedStr)  # an f-string is a str



def _polluted(ctx: Context) -> bool:
    """The tool may put something other than data into a container a parameter holds (``values["r"] = obj``,
    ``row.update(r=obj)`` for ``row`` in ``rows``, an alias's ``x |= {...}``), or does it in ways the checker
    cannot follow (``operator.setitem``, ``methodcaller("append", obj)``, ``f = values.update``)."""
    if ctx.import_names & IN_PLACE_OPERATORS:
        return True
    direct = set()
    for container, values, scope in ctx.container_stores:
        direct.add(id(container))
        if values is not None and all(plain_data(ctx, v, scope, [], 0) for v in values):
            continue
        if _shared(ctx, container, scope):
            return True
    for name, base, scope in ctx.attribute_loads:
        if name in IN_PLACE_OPERATORS:
            return True
        if name in CONTAINER_MUTATORS and id(base) not in direct:  # taken as a value, or by methodcaller/getattr
            if isinstance(base, ast.Call) and head_name(base.func) in ("methodcaller", "attrgetter"):
                return True
            if _shared(ctx, base, scope):
                return True
    return False


def _shared(ctx: Context, container: ast.AST, scope: Scope) -> bool:
    """A container that may be (part of) what the caller's data is: anything but a string, a new empty
    display (``out = []``), a display of literals, or an item of one. A constant table may be read as data
    later (``SHARED.append(obj)``), and an object or a call's result may hold the caller's container
    (``box = ident(values)``)."""
    pending, seen = [receiver_root(container)], set[str]()
    while pending:
        name = pending.pop()
        if name is None:
            return True
        if name in seen or len(seen) > 16:
            continue
        seen.add(name)
        bindings = ctx.resolve(scope, name).bindings
        if not bindings:
            return True
        for binding in bindings:
            if binding.kind is Kind.CONST or (binding.kind is Kind.OTHER and binding.target == "empty"):
                continue
            if binding.kind is Kind.OTHER and binding.target.startswith("display:"):  # box = [{"v": values}]
                display = ctx.displays.get(int(binding.target[8:]))
                if display is None:
                    return True
                pending.extend(n.id for n in ast.walk(display) if isinstance(n, ast.Name))
            elif binding.kind is Kind.NAMES:  # box = [values]
                pending.extend(binding.target.split(","))
            elif binding.kind in (Kind.ITEM, Kind.DERIVED) and binding.target:
                pending.append(source_name(binding.target))
            else:
                return True
    return False
