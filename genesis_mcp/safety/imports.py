"""Walk handlers for ``import`` and ``from ... import``: only the policy's modules, and of each only the
attributes it lists; a submodule only when listed itself.

What an import binds is recorded (``Kind.MODULE`` for a module, ``Kind.IMPORTED`` for a name from one), so
``finish.py`` can judge every later use of the name once the walk is done; ``from_module`` is its rule for
names that must be what an allowed module gives (``functools.WRAPPER_ASSIGNMENTS``, ``abc.ABCMeta``).
"""

from __future__ import annotations

import ast
from typing import Final

from genesis_mcp.safety.bindings import OTHER
from genesis_mcp.safety.context import Context, Frame, Handler, Use
from genesis_mcp.safety.dataclass_fields import kw_only_use
from genesis_mcp.safety.messages import import_message, module_attribute_message
from genesis_mcp.safety.names import FUTURE_FEATURES
from genesis_mcp.safety.nodes import Import, ImportFrom
from genesis_mcp.safety.scopes import Binding, Kind, Resolution, Scope

__all__ = ["IMPORTS", "from_module"]

_EMPTY: Final[frozenset[str]] = frozenset()


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
            ctx.modules_used.add(alias.name)
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
            if alias.name == "annotations":  # annotations stay strings: typing evaluates them in module globals
                ctx.future_annotations = True
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
            if full == "dataclasses.KW_ONLY" and alias.asname not in (None, "KW_ONLY"):
                kw_only_use(ctx, alias)  # a string annotation naming the alias would be read as the marker
        elif module in modules:
            ctx.add("module-attribute", alias, module_attribute_message(policy, module, alias.name))
        else:
            ctx.add("import-not-allowed", alias, import_message(policy, full if module in policy.packages else module))
        if binding is not OTHER:
            ctx.import_names.add(alias.asname or alias.name)
            if full == "dataclasses.fields":  # under any name: foreign.foreign_stores looks for Fields then
                ctx.import_names.add("fields")
            ctx.modules_used.add(module)
        ctx.bind(alias.asname or alias.name, alias, scope, binding)


IMPORTS: Final[dict[type, Handler]] = {Import: _import, ImportFrom: _import_from}


def from_module(ctx: Context, use: Use, resolution: Resolution) -> None:
    """A name that counts only as what an allowed module gives: the module itself, or name imported from it."""
    assert isinstance(use.extra, tuple)
    module, name = use.extra
    if module == "typing" and ctx.future_annotations:  # dataclasses looks ClassVar up in module globals then
        resolution = ctx.resolve(use.scope.module(), use.name)
    given = resolution.modules() + [q.rpartition(".")[0] for q in resolution.imported() if q.endswith("." + str(name))]
    if len(resolution.bindings) == 1 and given == [module]:
        return
    if module == "functools":
        ctx.add("computed-attribute-name", use.node, "only functools.WRAPPER_ASSIGNMENTS and WRAPPER_UPDATES "
                "of the functools module may stand for the names wraps() copies")  # fmt: skip
    elif module == "abc":
        ctx.add("class-machinery", use.node, "metaclass= is allowed only for abc.ABCMeta itself")
    elif module == "typing":  # a ClassVar of the tool's own would make a dataclass field look like a constant
        ctx.add("class-machinery", use.node, "ClassVar must be typing.ClassVar (from typing import ClassVar)")
    else:
        ctx.add("computed-attribute-name", use.node, f"{use.name!r} must be {module}.{name}; getattr()/setattr() "
                "need f.name for f in dataclasses.fields(x), or a constant name")  # fmt: skip
