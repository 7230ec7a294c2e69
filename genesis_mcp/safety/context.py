"""State shared by the walk (``checker.py``), the attribute rules and the final pass (``finish.py``)."""

from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

from genesis_mcp.safety.messages import class_hook_message
from genesis_mcp.safety.names import DEFINABLE_DUNDERS, MODULE_DUNDERS, is_dunder
from genesis_mcp.safety.policy import Policy
from genesis_mcp.safety.report import RULES, Finding
from genesis_mcp.safety.scopes import Binding, Kind, Scope
from genesis_mcp.safety.strings import fold

__all__ = [
    "ANNOTATION",
    "FORWARD",
    "INHERITED",
    "LITERAL",
    "OPERAND",
    "Chain",
    "Context",
    "Frame",
    "Handler",
    "RawUse",
    "Tag",
    "Use",
]

# Flags carried down the walk: inside an annotation; strings are forward references (typing evaluates
# them); strings are plain values (Literal[...]); an operand of a comparison, isinstance or subscript.
# The first three hold for a whole subtree, OPERAND only for the node it is pushed with.
ANNOTATION, FORWARD, LITERAL, OPERAND = 1, 2, 4, 8
INHERITED = ANNOTATION | FORWARD | LITERAL
Frame = tuple[ast.AST, Scope, int]
Handler = Callable[["Context", Any, Scope, int, list[Frame]], None]


class Tag(IntEnum):
    """How a name is used, for the rules that run once all bindings are known."""

    VALUE = 0  # read as a value: assigned, passed, returned, stored
    CALLEE = 1  # called: ``extra`` is the Call
    CHAIN = 2  # the base of an attribute chain: ``extra`` is a Chain
    OPERAND = 3  # compared, given to isinstance, subscripted or annotated (``type`` is fine there)
    FORMAT = 4  # the receiver of str.format: ``extra`` is "name" or "subscript" plus the method name
    DECORATOR = 5  # the head of a decorator expression
    TYPE_ARG = 6  # the argument of type(x), or the base of its attribute path: a class gives a metaclass
    TYPE_NAME = 7  # a name in an annotation that ``singledispatch.register`` will evaluate
    REGISTER = 8  # the argument of ``x.register(f)``: if a function, its annotations will be evaluated


@dataclass(slots=True)
class Chain:
    """``base.a.b.c``: the attribute names in order with their nodes, how the last one is used.

    Built lazily from the outermost Attribute node: most chains never need their names listed.
    """

    given: list[tuple[str, ast.AST]] | None = None
    outer: ast.Attribute | None = None
    store: bool = False
    call: ast.Call | None = None

    @property
    def attributes(self) -> list[tuple[str, ast.AST]]:
        if self.given is None:
            names: list[tuple[str, ast.AST]] = []
            node: ast.AST | None = self.outer
            while isinstance(node, ast.Attribute):
                names.append((node.attr, node))
                node = node.value
            names.reverse()
            self.given = names
        return self.given


@dataclass(slots=True)
class Use:
    tag: Tag
    name: str
    scope: Scope
    node: ast.AST
    extra: object = None


# The walk records uses as plain tuples (cheaper than objects; most are dropped unread): the fields of Use.
RawUse = tuple[Tag, str, Scope, ast.AST, object]


@dataclass(slots=True)
class Context:
    policy: Policy
    findings: list[Finding] = field(default_factory=list)
    uses: list[RawUse] = field(default_factory=list)
    # Private attribute names read somewhere, and the ones the tool itself assigns or defines.
    private_reads: list[tuple[str, ast.AST]] = field(default_factory=list)
    defined_attributes: set[str] = field(default_factory=set)
    # Function name -> its definitions and the scopes they stand in (for ``x.register(f)``).
    functions: dict[str, list[tuple[ast.FunctionDef | ast.AsyncFunctionDef, Scope]]] = field(default_factory=dict)
    # Class name -> names of the methods it defines (a ``format`` method of its own is not str.format).
    class_methods: dict[str, set[str]] = field(default_factory=dict)
    # Attribute nodes that already have a finding, so that one mistake is reported once.
    flagged: set[int] = field(default_factory=set)
    docstrings: set[int] = field(default_factory=set)
    # Names bound by an import somewhere: only their uses (and builtins') need resolving after the walk.
    import_names: set[str] = field(default_factory=set)
    folds: dict[int, str | int | None] = field(default_factory=dict)  # node id -> constant value, see fold()
    visited: int = 0

    def add(self, rule: str, node: ast.AST | None, message: str) -> None:
        assert rule in RULES, rule
        line = getattr(node, "lineno", 1) or 1
        col = getattr(node, "col_offset", 0) or 0
        if isinstance(node, ast.Attribute) and node.end_lineno is not None and node.end_col_offset is not None:
            # Point at the attribute name, not at the start of the whole expression.
            line, col = node.end_lineno, max(node.end_col_offset - len(node.attr.encode("utf-8")), 0)
        self.findings.append(Finding(rule=rule, line=max(line, 1), col=max(col, 0), message=message))
        if node is not None:
            self.flagged.add(id(node))

    def fold(self, node: ast.AST) -> str | None:
        """The constant string ``node`` always evaluates to, or None."""
        return fold(node, self.folds)

    def bind(self, name: str, node: ast.AST, scope: Scope, binding: Binding) -> None:
        """Record a binding, judging dunder names by where they land."""
        target = scope.binding_scope(name) if scope.globals or scope.nonlocals else scope
        if binding.kind is Kind.MODULE or binding.kind is Kind.IMPORTED:
            self.import_names.add(name)
        if name[:2] == "__" and is_dunder(name):
            if target.kind == "class":
                if name not in DEFINABLE_DUNDERS:
                    self.add("class-machinery", node, class_hook_message(name))
            elif not (target.kind == "module" and name in MODULE_DUNDERS):
                self.dunder_name(name, node)
        if target.kind == "class":
            self.defined_attributes.add(name)
        target.bindings.setdefault(name, []).append(binding)

    def dunder_name(self, name: str, node: ast.AST) -> None:
        self.add(
            "dunder-name",
            node,
            f"{name!r} is not available to tools: dunder globals reach the interpreter's internals; import "
            "allowed modules with an import statement and call builtins by name",
        )

    def forbidden_builtin(self, name: str) -> bool:
        """A builtin the policy does not allow (dunder names have their own rule)."""
        return name in self.policy.forbidden_builtins
