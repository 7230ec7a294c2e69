"""Rules for the names allowed modules give (for finish.py): attribute paths the policy lists, and the
library functions that may only be called directly, under their own names (attrgetter, update_wrapper,
deepcopy, dataclass, SimpleNamespace, the Enum functional API) or only in annotations (typing.Type).
"""

from __future__ import annotations

import ast
from typing import Final

from genesis_mcp.safety.context import Chain, Context, Tag
from genesis_mcp.safety.dataclass_fields import in_dataclass_body, kw_only_use
from genesis_mcp.safety.dynamic_names import attribute_callable
from genesis_mcp.safety.library_methods import constructive_value, typing_argument
from genesis_mcp.safety.messages import module_attribute_message
from genesis_mcp.safety.names import (
    ATTRIBUTE_CALLABLES,
    ENUM_FACTORIES,
    FIELD_CALLABLES,
    NAME_GIVERS,
    WRAPPER_CALLABLES,
)
from genesis_mcp.safety.nodes import ClassDef, Constant, Dict, FunctionDef, Name, Starred
from genesis_mcp.safety.plain_classes import new_makes_objects
from genesis_mcp.safety.scopes import Kind, Scope, enclosing_method
from genesis_mcp.safety.stdlib import constructive_class
from genesis_mcp.safety.uses import chain_of

__all__ = [
    "as_value",
    "deepcopy_call",
    "enum_as_value",
    "field_callable",
    "field_position",
    "memo_kept",
    "module_chain",
    "type_form",
]


def enum_as_value(ctx: Context, node: ast.AST, name: str) -> None:
    ctx.add("class-machinery", node, f"{name} passed on as a value can be called with a name and members "
            "(partial, map, starmap), creating a class at run time; call it directly or derive from it")  # fmt: skip


def deepcopy_call(ctx: Context, call: ast.Call, scope: Scope) -> None:
    """copy.deepcopy(x[, memo]): the memo sees every object copied, private state included, so it may only
    be a new plain dict, or the memo a ``__deepcopy__`` method was given by copy itself."""
    memo = call.args[1:] + [k.value for k in call.keywords]
    unpacked = any(isinstance(a, Starred) for a in call.args) or any(k.arg is None for k in call.keywords)
    if unpacked or any(
        not (isinstance(m, Dict) or (isinstance(m, Constant) and m.value is None) or _copy_memo(ctx, m, scope))
        for m in memo
    ):
        ctx.add("private-attribute", call, "copy.deepcopy's memo receives every object it copies, private "
                "state included: leave it out or pass {}")  # fmt: skip


def _copy_memo(ctx: Context, node: ast.AST, scope: Scope) -> bool:
    """The memo parameter of the tool's own ``def __deepcopy__(self, memo)``, passed on as the docs say,
    while nothing but copy calls __deepcopy__ (the tool never reads the method itself)."""
    if not isinstance(node, Name) or not ctx.resolve(scope, node.id).only(Kind.PARAM):
        return False
    found = enclosing_method(scope)
    method = found[0] if found is not None else None
    if not (
        isinstance(method, FunctionDef)
        and method.name == "__deepcopy__"
        and len(method.args.args) == 2
        and not method.args.posonlyargs
        and method.args.args[1].arg == node.id
    ):
        return False
    read = any(u[0] is Tag.CONSTRUCTOR and isinstance(u[4], tuple) and u[4][0] == "__deepcopy__" for u in ctx.uses)
    if read or any(name == "__deepcopy__" for name, _base, _scope in ctx.attribute_loads):
        return False
    ctx.memos_passed.add(id(node))
    return True


def memo_kept(ctx: Context) -> None:
    """A ``__deepcopy__(self, memo)`` may only pass its memo on to copy.deepcopy: copy keeps every original it
    copied in there (memo[id(memo)]), the real __dict__ of objects included."""
    for class_scope in ctx.class_scopes:  # __deepcopy__ = grab, = lambda self, memo: ...: the memo unwatched
        if any(b.kind is not Kind.DEF for b in class_scope.bindings.get("__deepcopy__", ())):
            ctx.add("private-attribute", class_scope.node, "__deepcopy__ must be a def (self, memo) that only passes "
                    "its memo on to copy.deepcopy(x, memo): copy keeps every original object in it")  # fmt: skip
    for method, owner in ctx.functions.get("__deepcopy__", []):
        positional = [*method.args.posonlyargs, *method.args.args]  # (self, memo, /) too
        if owner.kind != "class":
            continue
        if len(positional) < 2 or method.args.vararg or method.args.kwarg:  # def __deepcopy__(self, *rest)
            ctx.add("private-attribute", method, "__deepcopy__ must take (self, memo) by name and only pass its "
                    "memo on to copy.deepcopy(x, memo): copy keeps every original object in it")  # fmt: skip
            continue
        memo = positional[1].arg
        for _tag, name, scope, node, _extra in ctx.uses:
            if name != memo or id(node) in ctx.memos_passed:
                continue
            inner: Scope | None = scope
            while inner is not None and inner.node is not method:
                inner = inner.parent
            if inner is not None and ctx.resolve(scope, memo).only(Kind.PARAM):
                ctx.add("private-attribute", node, "a __deepcopy__ method may only pass its memo on to "
                        "copy.deepcopy(x, memo): copy keeps every original object in it")  # fmt: skip


def field_callable(ctx: Context, node: ast.AST, name: str) -> None:
    ctx.add("computed-attribute-name", node, f"{name} may only be used under its own name as a decorator, a "
            "base class or a direct call: the names it sets must be written where the checker reads them")  # fmt: skip


def type_form(ctx: Context, node: ast.AST) -> None:
    ctx.add("class-machinery", node, "typing.Type is only for annotations: read or passed on, it forwards to "
            "type itself; annotate with Type[X] or type[X]")  # fmt: skip


def as_value(ctx: Context, node: ast.AST, name: str) -> None:
    ctx.add(
        "computed-attribute-name",
        node,
        f"{name!r} may only be called directly with a constant attribute name, not passed around or stored",
    )


def catch_warnings_use(ctx: Context, node: ast.AST, call: ast.Call | None) -> None:
    """``warnings.catch_warnings(module=x)`` takes x for the warnings module and sets its ``showwarning`` and
    ``filters`` from x's own attributes: only a direct call without ``module`` is allowed."""
    if call is None or any(k.arg is None or k.arg == "module" for k in call.keywords):
        ctx.add("module-mutation", node, "warnings.catch_warnings may only be called directly and without "
                "module=: given another object it sets that object's attributes as if it were the warnings "
                "module; write with warnings.catch_warnings(): ...")  # fmt: skip


def module_chain(ctx: Context, scope: Scope, module: str, chain: Chain) -> None:
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
            if submodule == "string.Formatter" and i == last and id(chain.outer) in ctx.formatter_parses:
                return  # string.Formatter().parse(template): only splits a template, reads no attribute
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
                enum_as_value(ctx, node, submodule)  # enum.Enum.__call__(...), partial(enum.Enum, ...)
                return
        if submodule in ATTRIBUTE_CALLABLES:
            if i == last and chain.call is not None:
                attribute_callable(ctx, scope, submodule, chain.call)
            else:
                as_value(ctx, node, submodule)
        elif submodule == "copy.deepcopy":
            if i == last and chain.call is not None:
                deepcopy_call(ctx, chain.call, scope)
            else:
                as_value(ctx, node, submodule)
        elif submodule == "warnings.catch_warnings":
            catch_warnings_use(ctx, node, chain.call if i == last else None)
        elif submodule == "dataclasses.KW_ONLY" and (i != last or not classinfo_position(ctx, chain.outer)):
            kw_only_use(ctx, node)
        elif submodule == "dataclasses.Field":
            if i != last or not classinfo_position(ctx, chain.outer):
                field_class(ctx, node)
        elif submodule == "types.SimpleNamespace":
            outer = chain.outer
            placed = outer is not None and id(outer) in ctx.class_positions  # isinstance, annotations; bases elsewhere
            if i != last or not (chain.call is not None or placed):
                field_callable(ctx, node, submodule)
        elif submodule == "dataclasses.field":
            if i != last or not in_dataclass_body(ctx, chain.call):
                field_position(ctx, node)
        elif submodule in NAME_GIVERS:
            if i != last or chain.call is None:
                field_callable(ctx, node, submodule)
        elif submodule in FIELD_CALLABLES:
            outer = chain.outer
            placed = outer is not None and (id(outer) in ctx.class_positions or id(outer) in ctx.decorators)
            if i != last or not (chain.call is not None or placed):
                field_callable(ctx, node, submodule)
        elif submodule == "typing.Type":
            outer = chain.outer
            if i != last or outer is None or id(outer) not in ctx.class_positions:
                type_form(ctx, node)
        elif submodule in WRAPPER_CALLABLES and not (i == last and chain.call is not None):
            as_value(ctx, node, submodule)  # called directly, the walk judges the names it copies
        elif i == last and chain.call is None and not chain.store and constructive_class(submodule):
            outer = chain.outer
            placed = outer is not None and (id(outer) in ctx.class_positions or id(outer) in ctx.decorators)
            if not placed and (outer is None or not typing_argument(ctx, outer)):
                constructive_value(ctx, node, submodule)  # holder = collections.Counter; holder.copy(int)
        return
    if chain.store:
        ctx.add("module-mutation", chain.attributes[-1][1], f"assigning to module {current!r} is not allowed")
    else:
        ctx.add(
            "module-as-value",
            chain.attributes[-1][1],
            f"the module {current!r} is used as a value; use its attributes directly, e.g. {current}.<name>",
        )


def classinfo_position(ctx: Context, node: ast.AST | None) -> bool:
    """``node`` is where a class is only looked at (isinstance, an annotation), not a base class."""
    bases = {id(b) for s in ctx.class_scopes for b in getattr(s.node, "bases", ())}
    return id(node) in ctx.class_positions and id(node) not in bases


def field_class(ctx: Context, node: ast.AST) -> None:
    ctx.add("module-mutation", node, "dataclasses.Field may only be named in isinstance() and annotations: a "
            "Field the tool makes or subclasses could be renamed, and dataclasses pastes field names into its "
            "code; use dataclasses.field(...) in a dataclass body")  # fmt: skip


_COPYING: Final = frozenset({"copy.copy", "copy.deepcopy", "dataclasses.asdict", "dataclasses.astuple"})


def odd_new_copies(ctx: Context) -> None:
    """copy.copy/deepcopy (and asdict/astuple, which deep-copy values) rebuild an object by calling its class's
    ``__new__``, then set the original's attributes and slots on whatever that returned: a ``__new__`` of the
    tool that may return something else (a Field of dataclasses') has them renamed."""
    odd = [
        s.node.name
        for s in ctx.class_scopes
        if isinstance(s.node, ClassDef) and "__new__" in s.bindings and not new_makes_objects(ctx, s.node.name)
    ]
    if not odd:
        return
    for tag, name, scope, node, extra in ctx.uses:
        if name not in ctx.import_names:
            continue
        resolution = ctx.resolve(scope, name)
        found = set(resolution.imported())
        if tag is Tag.CHAIN:
            chain = chain_of(extra)
            found |= {f"{m}.{chain.attributes[0][0]}" for m in resolution.modules() if chain.attributes}
        for qualname in sorted(found & _COPYING):
            ctx.add("class-machinery", node, f"{qualname} rebuilds objects with their class's __new__ and sets their "
                    f"attributes on what it returns, and {odd[0]}.__new__ may return something other than a new "
                    "object of its class; return super().__new__(cls) there, or copy by hand")  # fmt: skip


def field_position(ctx: Context, node: ast.AST) -> None:
    ctx.add("module-mutation", node, "dataclasses.field(...) belongs in a class body (x: int = field(default=0)): "
            "a Field kept elsewhere could be renamed, and dataclasses pastes field names into its code")  # fmt: skip
