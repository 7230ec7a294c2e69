"""The rules the fourteenth red-team round led to (a fresh reader: 7 working escapes through 2 holes): their
smallest hostile cases, and the ordinary code next to them. The full tools are in corpus/hostile_round14
(redteam_*)."""

from __future__ import annotations

import textwrap

import pytest
from support import rules

# A key object whose __eq__ keeps what it is compared with: a dict lookup hands it the looked-up key when
# the hashes match, and the tool chooses its keys' hashes.
_SPY = """
class Spy:
    def __init__(self, h, box):
        self.h, self.box = h, box
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        self.box.append(other)
        return False
"""


@pytest.mark.parametrize(
    "lookup",
    [
        "def f(c, box):\n    t = {Spy(k, box): 1 for k in range(9)}\n    return t.get(type(c))\n",
        "class M:\n    pass\ndef f(c, box):\n    peers = {Spy(1, box): M}\n    return type(c) in peers\n",
        "def f(c, box):\n    seen = {}\n    seen[Spy(1, box)] = 1\n    return seen[type(c)]\n",
        "from collections import Counter\ndef f(c, box):\n    n = Counter([Spy(1, box)])\n    return n[type(c)]\n",
        "class H:\n    def __init__(self):\n        self.t = {}\n    def f(self, c):\n"
        "        return self.t.get(type(c))\n",
    ],
)
def test_type_of_x_is_not_looked_up_where_an_open_eq_of_the_tool_may_get_it(lookup: str) -> None:
    assert "class-machinery" in rules(_SPY + lookup)


@pytest.mark.parametrize(
    "eq",
    [
        "return isinstance(other, P) and (self.x, self.y) == (other.x, other.y)",
        "if not isinstance(other, P):\n            return NotImplemented\n        return self._key() == other._key()",
        "return other.__class__ is self.__class__ and self.x == other.x",
        "return type(other) is type(self) and str(self) == str(other)",
        "return self.x == other",
    ],
)
def test_a_dispatch_table_on_type_of_x_passes_next_to_an_eq_that_only_compares(eq: str) -> None:
    source = f"""
class P:
    def __init__(self, x, y=0):
        self.x, self.y = x, y
    def _key(self):
        return (self.x, self.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __eq__(self, other):
        {eq}

HANDLERS = {{int: str, float: repr}}

def show(value):
    return HANDLERS.get(type(value), repr)(value)
"""
    assert rules(source) == set()


@pytest.mark.parametrize(
    "eq",
    [
        "return self.same(other)",  # handed to the tool's own code
        "return other.mro() == []",  # the one public method a metaclass has
        "return other in self.items",  # `in` runs a __contains__ of the tool's
        "return self.x < other",  # so does `<`
        "self.last = other\n        return False",
    ],
)
def test_an_eq_that_hands_its_operand_on_keeps_type_of_x_out_of_lookups(eq: str) -> None:
    source = f"""
class P:
    def same(self, other):
        return False
    def __hash__(self):
        return 1
    def __eq__(self, other):
        {eq}

HANDLERS = {{int: str, float: repr}}

def show(value):
    return HANDLERS.get(type(value), repr)(value)
"""
    assert "class-machinery" in rules(source)


@pytest.mark.parametrize(
    "source",
    [
        # a function, parameter or assignment under a builtin's name that the walk trusts with classes
        "def repr(x):\n    return x\ndef f(c):\n    return repr(type(c))\n",
        "def f(c, str):\n    return str(type(c))\n",
        "def isinstance(v, k):\n    return k\ndef f(c):\n    return isinstance(1, type(c))\n",
        "def f(c):\n    print = lambda v: v\n    return print(type(c))\n",
        "def f(c, type):\n    return type(c)\n",
    ],
)
def test_builtins_trusted_with_classes_are_not_rebound(source: str) -> None:
    assert "class-machinery" in rules(source)


def test_a_tool_may_name_a_method_like_a_builtin() -> None:
    source = """
class Report:
    def text(self, value):
        return str(value)
    def repr(self):
        return repr(self.text(1))
    def type(self):
        return type(self).__name__
"""
    assert rules(source) == set()


def test_false_alarms_the_blind_writers_of_round_14_found_pass() -> None:
    source = """
    from dataclasses import dataclass
    from enum import Enum, unique
    from typing import Generic, Protocol, TypeVar, final, runtime_checkable

    K = TypeVar("K")

    @runtime_checkable
    class Store(Protocol[K]):
        def get(self, key: K) -> object: ...

    @final
    class Cache(Generic[K]):
        def __init__(self, backend: Store[K]) -> None:
            self.backend = backend

    @unique
    class Color(Enum):
        RED = 1

    class Shape:
        registry: dict[str, type["Shape"]] = {}
        size: int | None = None

    @dataclass
    class Row:
        tags: list[str]
        kinds: dict[str, type] | None = None
    """
    assert rules(source) == set()


@pytest.mark.parametrize(
    "annotation", ["type", "type[int]", "Type[int]", "Annotated[type, 'x']", "Annotated[Type[int], 1]"]
)
def test_a_field_annotated_with_what_calls_a_metaclass_is_still_refused(annotation: str) -> None:
    source = f"""
from dataclasses import dataclass
from typing import Annotated, Type

@dataclass
class C:
    x: {annotation} = int
"""
    assert "class-machinery" in rules(source)


def test_the_tools_own_class_may_be_looked_up_in_a_plain_dict_while_self_is_its_own_object() -> None:
    source = """
    HANDLERS = {}
    TABLE = {}

    class Node:
        def accept(self, visitor):
            handler = HANDLERS.get(type(self))
            return handler(self) if handler else TABLE[type(self)](self)
    """
    assert rules(source) == set()
    called_through_the_class = textwrap.dedent(source) + "\ndef f(v):\n    return Node.accept(Node, v)\n"
    assert "class-machinery" in rules(called_through_the_class)
    # round 46: a table of unknown kind (a parameter's) may be the tool's own get or __getitem__, which can
    # return the key: the class would leave the method
    anywhere = "class Node:\n    def accept(self, visitor):\n        return visitor.handlers.get(type(self))\n"
    assert "class-machinery" in rules(anywhere)
