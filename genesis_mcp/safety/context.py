"""State shared by the walk (``checker.py``), the attribute rules and the final pass (``finish.py``)."""

from __future__ import annotations

import ast
from collections.abc import Callable
from typing import Any, Final

from genesis_mcp.safety.folding import fold
from genesis_mcp.safety.messages import class_hook_message
from genesis_mcp.safety.names import (
    DANGEROUS_PRIVATE_NAMES,
    DEFINABLE_DUNDERS,
    GENERATED_CODE_GLOBALS,
    MODULE_DUNDERS,
    is_dunder,
)
from genesis_mcp.safety.nodes import Attribute
from genesis_mcp.safety.policy import Policy
from genesis_mcp.safety.report import RULES, Row
from genesis_mcp.safety.scopes import Binding, Kind, Resolution, Scope
from genesis_mcp.safety.uses import Chain, Tag, Use

__all__ = [
    "ANNOTATION",
    "CLASSINFO",
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
ANNOTATION: Final = 1
FORWARD: Final = 2
LITERAL: Final = 4
OPERAND: Final = 8
# Where a class is expected and only looked at: isinstance's second argument, metaclass=, an annotation.
CLASSINFO: Final = 16
INHERITED: Final = ANNOTATION | FORWARD | LITERAL
Frame = tuple[ast.AST, Scope, int]
Handler = Callable[["Context", Any, Scope, int, list[Frame]], None]


_MADE_FROM_NAMES: Final = frozenset({Kind.ITEM, Kind.DERIVED, Kind.COPY, Kind.INSTANCE, Kind.NAMES})
_MOVED: Final = Binding(Kind.OTHER)  # a binding global or nonlocal moved out of the scope that made it


# The walk records uses as plain tuples (cheaper than objects; most are dropped unread): the fields of Use.
RawUse = tuple[Tag, str, Scope, ast.AST, object]


class Context:
    """What one check collects: findings, name uses, bindings and the facts the final pass needs."""

    __slots__ = (
        "attribute_loads",
        "called_at_once",
        "class_channels",
        "class_heads",
        "class_methods",
        "class_operands",
        "class_positions",
        "class_reads",
        "class_scopes",
        "class_scopes_named",
        "classes_as_values",
        "container_stores",
        "decorators",
        "defined_attributes",
        "displays",
        "enum_classes",
        "field_bodies",
        "field_positions",
        "field_stores",
        "findings",
        "flagged",
        "folds",
        "foreign_stores",
        "formatter_parses",
        "functions",
        "future_annotations",
        "guarded",
        "guards",
        "import_names",
        "judged",
        "memos_passed",
        "method_scopes",
        "modules_used",
        "name_values",
        "nonlocal_binds",
        "owning",
        "policy",
        "prefix_sums",
        "private_reads",
        "reachable",
        "read_only",
        "readers",
        "resolutions",
        "rewrapped",
        "self_reads",
        "self_values",
        "source",
        "stored_attributes",
        "subscripted",
        "super_calls",
        "table_names",
        "trusted",
        "typing_args",
        "uses",
        "visited",
        "wraps_calls",
        "wraps_kept",
    )

    def __init__(self, policy: Policy, source: str = "") -> None:  # written out: cheaper than a dataclass's
        self.policy = policy
        self.source = source  # the text checked (dataclass_fields.py asks whether it names KW_ONLY)
        self.findings: list[Row] = []  # made into a Report at the end (report.py)
        self.uses: list[RawUse] = []
        # Private attribute names read somewhere (with the name the receiver starts from, and the scope), and
        # the ones the tool itself assigns or defines.
        self.private_reads: list[tuple[str, ast.AST, str | None, Scope]] = []
        self.defined_attributes: set[str] = set()
        # Function name -> its definitions and the scopes they stand in (for ``x.register(f)``).
        self.functions: dict[str, list[tuple[ast.FunctionDef | ast.AsyncFunctionDef, Scope]]] = {}
        # Class name -> names of the methods it defines (a ``format`` method of its own is not str.format).
        self.class_methods: dict[str, set[str]] = {}
        # Attribute nodes that already have a finding, so that one mistake is reported once.
        self.flagged: set[int] = set()
        self.judged: set[int] = set()  # ids of nodes judged elsewhere: docstrings, checked __match_args__
        # Names bound by an import somewhere: only their uses (and builtins') need resolving after the walk.
        self.import_names: set[str] = set()
        # Attribute names stored anywhere, functions whose annotations are overwritten by wraps/update_wrapper,
        # the class scopes, and the tool's own Enum classes.
        self.decorators: set[int] = set()  # ids of decorator expressions
        self.class_positions: set[int] = set()  # ids of base classes and isinstance/annotation class nodes
        # Attribute stores whose receiver starts from a name (judged in finish: is it a module's object?), and
        # attribute names read on something other than self, with what they are read on (a method read on its
        # class, not on an instance, may be called with another object as self).
        self.foreign_stores: list[tuple[str, ast.AST, str, Scope]] = []
        # setattr(x, f.name, v), or past a guard on dataclass field names: stores some field's name on x
        self.field_stores: list[tuple[ast.AST, str | None, Scope]] = []
        self.class_reads: list[tuple[int, ast.expr, Scope]] = []  # fields(C), X.__new__(C): id of C, callee
        self.reachable: tuple[int, set[str]] | None = None  # handed_out.library_reachable, while facts hold
        self.typing_args: dict[int, tuple[ast.expr, Scope]] = {}  # X in Optional[X]: id -> (Optional, scope)
        self.attribute_loads: list[tuple[str, ast.AST, Scope]] = []
        # Stores through ``nonlocal``: the scope the walk put them in, the name, the node (finish checks that
        # scope is where Python binds them: the nearest enclosing function that binds the name itself).
        self.nonlocal_binds: list[tuple[Scope, str, ast.AST]] = []
        # getattr/setattr/... given a name that may iterate over identifiers (dynamic_names.table_names).
        self.table_names: list[tuple[str, ast.Name, ast.expr, Scope]] = []
        # Such names read past an allow-list guard: id of the Name -> the list it was checked in (guards.py).
        self.guarded: dict[int, tuple[ast.expr, Scope]] = {}
        # Allow-list guards seen: name, list, test, block, index of the if in it, whether it exits, scope.
        self.guards: list[tuple[str, ast.expr, ast.expr, list[ast.stmt], int, bool, Scope]] = []
        # Builtins whose arguments the walk took as only read or looked at (str(type(x)), isinstance(x, C)),
        # by scope and name: that holds only while the name is the builtin's (class_rules.trusted_builtins).
        self.trusted: dict[tuple[int, str], tuple[str, Scope, ast.AST]] = {}
        self.read_only: set[int] = set()  # Name nodes only read from: iterated, or given to len(), sorted()...
        # Values put into containers (c[k] = v, c.append(v), c.update(v)...): the container, the values (None:
        # not known), the scope. A caller's template may be filled with the caller's data only while nothing
        # but data is put into it (callers.py).
        self.container_stores: list[tuple[ast.expr, list[ast.expr] | None, Scope]] = []
        # The calls that put their arguments in read_only by the builtin's name (len(T), str.join(", ", T)):
        # that holds only if the name is not the tool's own (template_sources.read_only_table settles it).
        self.readers: list[tuple[str, Scope, ast.Call]] = []
        # Attribute name -> ids of the nodes that store it (Attribute targets, setattr's name, wraps' names);
        # "*" when something copies a whole __dict__ (update_wrapper's default). Plain ``self.x = value``
        # statements also note their value (self_values), so that a store of an empty dict is known as one.
        self.stored_attributes: dict[str, set[int]] = {}
        self.self_values: dict[int, tuple[ast.expr, Scope]] = {}
        self.rewrapped: set[str] = set()
        self.class_scopes: list[Scope] = []
        self.class_scopes_named: dict[str, list[Scope]] = {}  # the same, by class name (add_class)
        self.memos_passed: set[int] = set()  # memo names passed on by a __deepcopy__ (module_rules._copy_memo)
        self.name_values: dict[int, ast.expr] = {}  # id of an f.__name__ store target -> the value assigned
        self.displays: dict[int, ast.expr] = {}  # id -> list/dict display assigned to a name (bindings.py)
        self.field_positions: dict[int, tuple[Scope, str]] = {}  # x: int = field(...) in a class body: where
        self.formatter_parses: set[int] = set()  # ids of X in X().parse(...) (string.Formatter().parse)
        self.classes_as_values: tuple[int, bool] | None = None  # objects._bound: redone as uses grow
        # module_rules.in_dataclass_body, per class body: names it reads, annotations by name (as uses grow)
        self.field_bodies: tuple[int, dict[int, tuple[set[str], dict[str, list[ast.expr]]]]] | None = None
        self.prefix_sums: list[ast.BinOp] = []  # "visit_" + kind given to getattr (dynamic_names.prefix_sums)
        self.future_annotations = False  # from __future__ import annotations: typing reads them at module level
        self.modules_used: set[str] = set()  # modules imported from or imported, whatever they are bound to
        self.subscripted: list[tuple[str, Scope]] = []  # names subscripted outside annotations (X[int])
        self.class_operands: list[tuple[str, Scope]] = []  # compared (not by is) with, or keys of, a non-class
        self.super_calls: list[ast.Call] = []  # super() calls: kept as a value unless a class head
        self.self_reads: dict[str, list[Scope]] = {}  # self.m read in a method: m -> the scopes reading it
        self.owning: set[int] = set()  # methods objects.own_object is working out (a cycle assumes they are)
        self.class_heads: set[int] = set()  # calls called at once or read from: type(self)(...), type(self).parse
        self.class_channels: set[str] = set()  # attributes.CLASS_CHANNELS read anywhere, "except*" (handed_out)
        self.called_at_once: dict[int, ast.Call] = {}  # id of a call that is called at once -> the outer call
        self.wraps_calls: list[tuple[ast.Call, Scope]] = []  # functools.wraps(...) calls (calls.wraps_results)
        self.wraps_kept: set[int] = set()  # wraps(f, updated=()): copies no __dict__
        self.method_scopes: dict[int, bool] = {}  # scope id -> self there is a method's own (attributes.py)
        self.enum_classes: set[str] = set()
        self.folds: dict[int, str | int | None] = {}  # node id -> constant value, see fold()
        self.resolutions: dict[tuple[int, str], Resolution] = {}  # see resolve()
        self.visited = 0

    def add(self, rule: str, node: ast.AST | None, message: str) -> None:
        assert rule in RULES, rule
        line, col = getattr(node, "lineno", 1) or 1, getattr(node, "col_offset", 0) or 0
        if isinstance(node, Attribute) and node.end_lineno is not None and node.end_col_offset is not None:
            # Point at the attribute name, not at the start of the whole expression.
            line, col = node.end_lineno, max(node.end_col_offset - len(node.attr.encode("utf-8")), 0)
        self.findings.append((max(line, 1), max(col, 0), rule, message))
        if node is not None:
            self.flagged.add(id(node))

    def add_class(self, scope: Scope, name: str) -> None:
        self.class_scopes.append(scope)
        self.class_scopes_named.setdefault(name, []).append(scope)

    def classes_named(self, name: str) -> list[Scope]:
        """The scopes of every class statement called ``name`` (a later one may hide an earlier one)."""
        return self.class_scopes_named.get(name, [])

    def trust(self, name: str, scope: Scope, node: ast.AST) -> None:
        """A builtin the walk took by its name (class_rules.trusted_builtins checks it is not rebound): noted
        once per scope and name, most tools call str() and isinstance() many times."""
        key = (id(scope), name)
        if key not in self.trusted:
            self.trusted[key] = (name, scope, node)

    def store_attribute(self, name: str, node: ast.AST) -> None:
        found = self.stored_attributes.get(name)
        if found is None:
            self.stored_attributes[name] = {id(node)}
        else:
            found.add(id(node))

    def fold(self, node: ast.AST) -> str | None:
        """The constant string ``node`` always evaluates to, or None."""
        return fold(node, self.folds)

    def resolve(self, scope: Scope, name: str) -> Resolution:
        """``scope.resolve(name)``, computed once per scope and name; only valid once the walk is over."""
        key = (id(scope), name)
        found = self.resolutions.get(key)
        if found is None:
            found = self.resolutions[key] = scope.resolve(name)
        return found

    def bind(self, name: str, node: ast.AST, scope: Scope, binding: Binding) -> None:
        """Record a binding, judging dunder names by where they land (imports also note ``import_names``)."""
        target = scope.binding_scope(name) if scope.globals or scope.nonlocals else scope
        if name == "chr" or name == "str":  # folding.py reads chr(110) and str(x) as the builtins' results
            self.add("forbidden-builtin", node, f"{name!r} may not be rebound: the checker reads {name}(...) as "
                     "the builtin; use another name")  # fmt: skip
        if name in GENERATED_CODE_GLOBALS and target.kind == "module":
            self.add("forbidden-builtin", node, f"{name!r} may not be bound at module level: the methods dataclasses "
                     f"writes look {name} up in the tool's module and would call the tool's instead of the "
                     "builtin; use another name")  # fmt: skip
        if target is not scope:
            if name in scope.nonlocals:
                self.nonlocal_binds.append((target, name, node))
            # What the binding was made from (for k in T: T; x = K(...): K; self.FIELDS) is looked up where it
            # is kept, but Python evaluated it here: only a binding that names nothing keeps its meaning.
            if binding.kind in _MADE_FROM_NAMES or binding.target.startswith("class-table:"):
                binding = _MOVED
        if name[0] == "_" and is_dunder(name):  # identifiers are never empty
            if name == "__match_args__" and id(node) not in self.judged:
                # Only `__match_args__ = (...)` has its names judged (statements._class_body_names); bound any
                # other way, its run-time names would be read by class patterns unjudged.
                self.add("class-machinery", node, "__match_args__ may only be assigned a tuple of constant "
                         "names: __match_args__ = ('x', 'y')")  # fmt: skip
            elif target.kind == "class":
                if name not in DEFINABLE_DUNDERS:
                    self.add("class-machinery", node, class_hook_message(name))
            elif not (target.kind == "module" and name in MODULE_DUNDERS):
                self.dunder_name(name, node)
        if target.kind == "class":
            self.defined_attributes.add(name)
            if name in DANGEROUS_PRIVATE_NAMES:  # a base class from a module would write its internals there
                self.add("private-attribute", node, f"a class may not define {name!r}: library base classes keep "
                         "their event loop, streams or modules under that name")  # fmt: skip
        bound = target.bindings.get(name)
        if bound is None:
            target.bindings[name] = [binding]
        else:
            bound.append(binding)

    def dunder_name(self, name: str, node: ast.AST) -> None:
        self.add("dunder-name", node, f"{name!r} is not available to tools: dunder globals reach the interpreter's "
                 "internals; import allowed modules with an import statement and call builtins by name")  # fmt: skip
