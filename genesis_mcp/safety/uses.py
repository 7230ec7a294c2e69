"""How the walk describes a use of a name for the final pass: an attribute chain off it (``Chain``), and a
use unpacked for the rules (``Use``; the walk itself records plain tuples, ``context.RawUse``)."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from genesis_mcp.safety.context import Tag
    from genesis_mcp.safety.scopes import Scope

__all__ = ["Chain", "Use", "chain_of"]


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


def chain_of(extra: object) -> Chain:
    """A chain use's extra: a Chain, or the (outer Attribute, store, call) the walk records, made one."""
    return extra if isinstance(extra, Chain) else Chain(None, *extra)  # type: ignore[misc]
