"""How the walk describes a use of a name for the final pass: how the name is used (``Tag``), an attribute
chain off it (``Chain``), and a use unpacked for the rules (``Use``; the walk itself records plain tuples,
``context.RawUse``)."""

from __future__ import annotations

import ast
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from genesis_mcp.safety.nodes import Attribute

if TYPE_CHECKING:
    from genesis_mcp.safety.scopes import Scope

__all__ = ["Chain", "Tag", "Use", "chain_of"]


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
    TYPE_SELF = 9  # ``type(self)`` used as a value: fine while ``self`` is only ever the parameter
    WRAPPED = 10  # what ``wraps``/``update_wrapper`` copy from: its annotations may end up evaluated
    FROM_MODULE = 11  # must be what an import gave: ``extra`` is (module, name) (functools.WRAPPER_*, abc.ABCMeta)
    FIELD_NAME = 12  # ``getattr(x, f.name)``: fine while ``f`` only iterates over dataclasses.fields(...)
    TYPE_PEER = 13  # what type(x) is compared with or looked up in: ``extra`` is "compare" or "table"
    CLASS_BASE = 14  # the start of a base class expression: ``extra`` is the ClassDef
    CLASSINFO = 15  # a name where a class is expected and only looked at (isinstance, annotations)
    # The receiver of .__init__/.__new__/.__call__: a class (Base.__init__(self)), never an object, which a
    CONSTRUCTOR = 16  # second __init__ would reopen or reset (FileIO.__init__(path), SimpleNamespace.__init__)
    # The class of a class pattern with positional sub-patterns (``case C(a, b)``): they read the attributes
    # C.__match_args__ names, so C must be a class whose names the checker saw; ``extra`` is their count.
    MATCH_CLASS = 17
    # What an annotation subscripts (``x: list[int]``): annotations run, so it must be a class or an import,
    # not an object whose __getitem__ would get what is inside (``slot: keeper[type]`` hands out type).
    ANNOTATION_BASE = 18
    SELF_GIVEN = 19  # f(self, ...), x.m(self, ...): ``extra`` is the Call (library_methods.library_stores)


class Chain:
    """``base.a.b.c``: the attribute names in order with their nodes, how the last one is used.

    Built lazily from the outermost Attribute node: most chains never need their names listed. (Chain and Use
    are plain classes, not dataclasses: mypyc compiles these to C structs, while a dataclass with slots keeps
    its generated ``__init__`` in interpreted Python.)
    """

    __slots__ = ("call", "given", "outer", "store")

    def __init__(
        self,
        given: list[tuple[str, ast.AST]] | None = None,
        outer: ast.Attribute | None = None,
        store: bool = False,
        call: ast.Call | None = None,
    ) -> None:
        self.given = given
        self.outer = outer
        self.store = store
        self.call = call

    @property
    def attributes(self) -> list[tuple[str, ast.AST]]:
        if self.given is None:
            names: list[tuple[str, ast.AST]] = []
            node: ast.AST | None = self.outer
            while isinstance(node, Attribute):
                names.append((node.attr, node))
                node = node.value
            names.reverse()
            self.given = names
        return self.given


class Use:
    """A recorded use of a name (``context.RawUse``), unpacked for the rules that judge it."""

    __slots__ = ("extra", "name", "node", "scope", "tag")

    def __init__(self, tag: Tag, name: str, scope: Scope, node: ast.AST, extra: Any = None) -> None:
        self.tag = tag
        self.name = name
        self.scope = scope
        self.node = node
        self.extra = extra


def chain_of(extra: object) -> Chain:
    """A chain use's extra: a Chain, or the (outer Attribute, store, call) the walk records, made one."""
    if isinstance(extra, Chain):
        return extra
    assert isinstance(extra, tuple)
    outer, store, call = extra
    return Chain(None, outer, store, call)
