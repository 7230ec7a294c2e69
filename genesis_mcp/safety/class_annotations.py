"""A class body as dataclasses and typing read it: every statement of its blocks (``if x: kind: int`` is a
field too), its annotated statements, ``ClassVar`` (a class attribute, no field), and annotations that keep a
metaclass where ``dataclasses.fields()`` hands it out (``Field.type``)."""

from __future__ import annotations

import ast

from genesis_mcp.safety.names import METACLASS_NAMES

__all__ = ["annotated_statements", "class_body", "class_var_root", "names_a_metaclass"]


def annotated_statements(node: ast.ClassDef) -> list[ast.AnnAssign]:
    """Every annotated statement of the class body, in nested blocks too (``if x: kind: int`` is a field)."""
    return [s for s in class_body(node) if isinstance(s, ast.AnnAssign)]


_BLOCKS = (ast.stmt, ast.excepthandler, ast.match_case)


def class_body(node: ast.ClassDef) -> list[ast.stmt]:
    """The class body's statements, those of its if/for/while/with/try/match blocks included, not of
    functions or classes nested in it."""
    found: list[ast.stmt] = []
    pending: list[ast.AST] = list(node.body)
    while pending:
        current = pending.pop()
        if isinstance(current, ast.stmt):
            found.append(current)
        if not isinstance(current, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            pending.extend(c for c in ast.iter_child_nodes(current) if isinstance(c, _BLOCKS))
    return found


def class_var_root(annotation: ast.AST) -> ast.Name | None:
    """For ``ClassVar[...]`` or ``typing.ClassVar[...]`` (a class attribute, not a dataclass field:
    dataclasses.fields() leaves it out), the name that must be typing's: ``ClassVar`` or ``typing``."""
    head = annotation.value if isinstance(annotation, ast.Subscript) else annotation
    if isinstance(head, ast.Name) and head.id == "ClassVar":
        return head
    if isinstance(head, ast.Attribute) and head.attr == "ClassVar" and isinstance(head.value, ast.Name):
        return head.value
    return None


def names_a_metaclass(annotation: ast.AST) -> bool:
    """The annotation (kept in Field.type) is a metaclass, or calls one when called: ``type``, ``type[C]``,
    ``Type[C]``, ``Annotated[type, ...]`` (an alias calls what it subscripts). Inside another alias
    (``dict[str, type[C]]``, ``type | None``) it only reaches what the tool cannot read: ``__args__``."""
    node = annotation
    for _ in range(8):
        if isinstance(node, ast.Subscript):
            head = node.value
            name = head.id if isinstance(head, ast.Name) else head.attr if isinstance(head, ast.Attribute) else ""
            if name == "Annotated":
                inner = node.slice
                node = inner.elts[0] if isinstance(inner, ast.Tuple) and inner.elts else inner
                continue
            node = head
        break
    if isinstance(node, ast.Name | ast.Attribute):
        name = node.id if isinstance(node, ast.Name) else node.attr
        return name in METACLASS_NAMES or name == "Type"
    # ``A | B`` makes a union, which cannot be called; a call or anything else there could give anything
    return not isinstance(node, ast.Constant | ast.BinOp)
