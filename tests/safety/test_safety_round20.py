"""The rules the twentieth red-team round led to (a fresh reader of the newest rules: 7 working escapes
through 4 ways a class reached a parameter unnoticed, so that a method ran with any object as self): their
smallest hostile cases. The full tools are in corpus/hostile_round20."""

from __future__ import annotations

import pytest
from support import rules

_READER = """
class Reader:
    FIELDS = ("name",)

    def fetch(self, fn):
        return [getattr(fn, key) for key in self.FIELDS]
"""


@pytest.mark.parametrize(
    "tail",
    [
        # a classmethod's first parameter under another name than cls
        "    @classmethod\n    def kind(klass):\n        return klass\n",
        # a Generic class subscripted: the alias forwards attribute reads to the class
        "def alias():\n    return Reader[int]\n",
        # a Field's type with dataclasses imported under another name
        "import dataclasses as dc\n@dc.dataclass\nclass Slot:\n    r: Reader = None\n"
        "def kind():\n    return dc.fields(Slot)[0].type\n",
        # the channel read through getattr or attrgetter
        "import dataclasses\nimport operator\n@dataclasses.dataclass\nclass Slot:\n    r: Reader = None\n"
        "def kind():\n    return operator.attrgetter('type')(dataclasses.fields(Slot)[0])\n",
    ],
)
def test_a_class_reaching_a_parameter_stops_trusting_what_self_holds(tail: str) -> None:
    source = _READER + tail + "\ndef call_read(k, obj, fn):\n    return k.fetch(obj, fn)\n"
    assert "computed-attribute-name" in rules(source)


def test_generic_classes_instantiated_with_parameters_stay_trusted() -> None:
    source = _READER + """
from typing import Generic, TypeVar

T = TypeVar("T")

class Stack(Generic[T]):
    def __init__(self):
        self.items: list[T] = []

    def push(self, item: T) -> "Stack[T]":
        self.items.append(item)
        return self

def fill(reader, fn):
    s = Stack[int]()
    s.push(1)
    return reader.fetch(fn)
"""
    assert rules(source) == set()


@pytest.mark.parametrize(
    "body",
    [
        "    RED = lambda self: 0\n",  # a descriptor: an attribute, no member
        "    RED = property(lambda self: 0)\n",
        "    _ignore_ = ['RED']\n    RED = 1\n",
        "    def range(x):\n        return lambda: 0\n    RED = range(1)\n",
    ],
)
def test_an_enum_whose_assignments_make_no_members_is_refused(body: str) -> None:
    assert "class-machinery" in rules("from enum import Enum\nclass Kind(Enum):\n" + body)


def test_enums_with_members_of_every_ordinary_kind_pass() -> None:
    source = """
from decimal import Decimal
from enum import Enum, auto

class Band(Enum):
    OK = range(200, 300)
    LOW = -1
    PAIR = (1, "a")
    PRICE = Decimal("1.50")
    NEXT = auto()
    LABEL = f"{1}-x"

    def describe(self):
        return self.name.lower()
"""
    assert rules(source) == set()
