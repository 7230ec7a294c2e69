"""A class body as dataclasses and typing read it: every statement of its blocks (``if x: kind: int`` is a
field too), its annotated statements, ``ClassVar`` (a class attribute, no field), and annotations that keep a
metaclass where ``dataclasses.fields()`` hands it out (``Field.type``)."""

from __future__ import annotations

import ast
from typing import Final

from genesis_mcp.safety.names import METACLASS_NAMES
from genesis_mcp.safety.nodes import (
    AnnAssign,
    AsyncFunctionDef,
    Attribute,
    BinOp,
    ClassDef,
    Constant,
    FunctionDef,
    Name,
    Subscript,
    Tuple,
    child_nodes,
)

__all__ = ["annotated_statements", "class_body", "class_var_root", "names_a_metaclass"]


def annotated_statements(node: ast.ClassDef) -> list[ast.AnnAssign]:
    """Every annotated statement of the class body, in nested blocks too (``if x: kind: int`` is a field)."""
    return [s for s in class_body(node) if isinstance(s, AnnAssign)]


_BLOCKS: Final = (ast.stmt, ast.excepthandler, ast.match_case)


def class_body(node: ast.ClassDef) -> list[ast.stmt]:
    """The class body's statements, those of its if/for/while/with/try/match blocks included, not of
    functions or classes nested in it."""
    found: list[ast.stmt] = []
    pending: list[ast.AST] = list(node.body)
    while pending:
        current = pending.pop()
        if isinstance(current, ast.stmt):
            found.append(current)
        if not isinstance(current, FunctionDef | AsyncFunctionDef | ClassDef):
            pending.extend(c for c in child_nodes(current) if isinstance(c, _BLOCKS))
    return found


def class_var_root(annotation: ast.AST) -> ast.Name | None:
    """For ``ClassVar[...]`` or ``typing.ClassVar[...]`` (a class attribute, not a dataclass field:
    dataclasses.fields() leaves it out), the name that must be typing's: ``ClassVar`` or ``typing``."""
    head = annotation.value if isinstance(annotation, Subscript) else annotation
    if isinstance(head, Name) and head.id == "ClassVar":
        return head
    if isinstance(head, Attribute) and head.attr == "ClassVar" and isinstance(head.value, Name):
        return head.value
    return None


def names_a_metaclass(annotation: ast.AST) -> bool:
    """The annotation (kept in Field.type) is a metaclass, or calls one when called: ``type``, ``type[C]``,
    ``Type[C]``, ``Annotated[type, ...]`` (an alias calls what it subscripts). Inside another alias
    (``dict[str, type[C]]``, ``type | None``) it only reaches what the tool cannot read: ``__args__``."""
    node = annotation
    for _ in range(8):
        if isinstance(node, Subscript):
            head = node.value
            name = head.id if isinstance(head, Name) else head.attr if isinstance(head, Attribute) else ""
            if name == "Annotated":
                inner = node.slice
                node = inner.elts[0] if isinstance(inner, Tuple) and inner.elts else inner
                continue
            node = head
        break
    if isinstance(node, Name | Attribute):
        name = node.id if isinstance(node, Name) else node.attr
        return name in METACLASS_NAMES or name == "Type"
    # ``A | B`` makes a union, which cannot be called; a call or anything else there could give anything
    return not isinstance(node, Constant | BinOp)
