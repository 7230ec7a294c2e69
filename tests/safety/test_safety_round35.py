"""The rules the thirty-fifth and thirty-sixth red-team rounds led to (8 working escapes through loosenings of
round 33: typing aliases compared, Flag and auto() under other spellings, decorators that only looked like
they return their argument; 11 through library code: copy.copy of a method bound to a callable whose
__name__ was chosen at run time, and ChainMap.parents' getter run on a class), and the false alarms round
19's blind writers found next to them."""

from __future__ import annotations

import pytest
from support import rules

_SECRET = "def secret():\n    return bytes([95, 95]).decode()\n"


@pytest.mark.parametrize(
    "source",
    [
        # comparing two aliases compares their arguments: the probe's __eq__ gets Counter
        "from collections import Counter\nclass Probe:\n    def __eq__(self, other):\n        return other.copy(int)\n"
        "list[Counter] == list[Probe()]\n",
        # Flag under another name, and auto() in a Flag that computes its own values
        "from enum import Flag as Bits\nclass Color(Bits):\n    NONE = 0\n",
        "from enum import Flag, auto\nclass Color(Flag):\n    def _generate_next_value_(name, start, count, last):\n"
        "        return 0\n    NONE = auto()\n",
    ],
)
def test_loosenings_of_round_33_hold_against_their_tricks(source: str) -> None:
    assert "class-machinery" in rules(source)


@pytest.mark.parametrize(
    "decorator",
    [
        # the returned inner function is rebound in a block; a later def of the name wins
        "def register(tag):\n    def deco(cls):\n        return cls\n    if tag:\n        def deco(cls):\n"
        "            return Other()\n    return deco\n",
        "def register(tag):\n    def deco(cls):\n        return cls\n    return deco\n    def deco(cls):\n"
        "        return Other()\n",
        # the parameter is rebound by a match capture, an except clause or an import
        "def register(cls):\n    match Other():\n        case cls:\n            pass\n    return cls\n",
        "def register(cls):\n    try:\n        raise ValueError\n    except ValueError as cls:\n        return cls\n",
    ],
)
def test_a_decorator_counts_as_returning_its_argument_only_when_nothing_rebinds_it(decorator: str) -> None:
    source = "class Other:\n    pass\n" + decorator + "@register\nclass Box:\n    pass\nclass Sub(Box):\n    pass\n"
    if "register(tag)" in decorator:
        source = source.replace("@register\n", "@register('x')\n")
    assert "class-machinery" in rules(source)


@pytest.mark.parametrize(
    "made",
    [
        "from typing import NewType\nthing = NewType(secret(), int)\n",
        "from typing import TypeVar\nthing = TypeVar(secret())\n",
        "from collections import namedtuple\nthing = namedtuple(secret(), 'a')\n",
        "from typing import NewType\nthing = NewType('__getattribute__', int)\n",
        "from enum import Enum\nthing = Enum(secret(), 'A B')\n",
        "from types import SimpleNamespace\nthing = SimpleNamespace(__name__=secret())\n",
    ],
)
def test_a_name_that_becomes_a_dunder_name_must_be_written_out_and_plain(made: str) -> None:
    # copy.copy(obj.method) runs getattr(obj, method.__func__.__name__): a __name__ picked at run time would
    # be a getattr by a run-time name (wraps and classmethod carry it onto a method)
    assert rules(_SECRET + made) & {"computed-attribute-name", "class-machinery", "dunder-string", "dunder-name"}


@pytest.mark.parametrize(
    "source",
    [
        "from collections import ChainMap\nclass Box:\n    maps = [None, 1]\nmade = ChainMap.parents.fget(Box)\n",
        "import collections\nclass Box:\n    maps = [None, 1]\nmade = collections.ChainMap.parents.fget(Box)\n",
        "from collections import ChainMap\nclass Layers(ChainMap):\n    pass\nclass Box:\n    maps = [None, 1]\n"
        "made = Layers.parents.fget(Box)\n",
    ],
)
def test_a_library_property_getter_read_off_the_class_is_a_plain_function(source: str) -> None:
    assert "class-machinery" in rules(source)


@pytest.mark.parametrize(
    "source",
    [
        "from enum import Enum\nclass Suit(Enum):\n    HEARTS = 1\nnames = list(Suit.__members__)\n",
        "from typing import NewType, TypeVar\nUserId = NewType('UserId', int)\nT = TypeVar('T')\n",
        "from collections import namedtuple\nPoint = namedtuple('Point', 'x y')\n",
        "import ipaddress\nPARSERS = {'v4': ipaddress.IPv4Address}\n",
    ],
)
def test_ordinary_uses_next_to_these_rules_are_accepted(source: str) -> None:
    assert rules(source) == set()


def test_a_method_called_on_an_enum_member_by_its_class_path_is_a_method_of_an_object() -> None:
    # Permission.OWNER.names(): OWNER is a member (READ | WRITE is an int when that line runs)
    source = (
        "from enum import Flag\nclass Permission(Flag):\n    NONE = 0\n    READ = 1 << 0\n    WRITE = 1 << 1\n"
        "    OWNER = READ | WRITE\n    def names(self):\n        return [m.name for m in type(self) if m in self]\n"
        "print(Permission.OWNER.names())\n"
    )
    assert rules(source) == set()


_POLY = (
    "class Poly:\n    def __init__(self, coeffs):\n        self.coeffs = list(coeffs)\n    @classmethod\n"
    "    def from_roots(cls, *roots):\n        result = cls([1])\n        for r in roots:\n"
    "            result = result.times(cls([-r, 1]))\n        return result\n    def times(self, other):\n"
    "        return type(self)([a * b for a in self.coeffs for b in other.coeffs])\n"
)


def test_type_self_called_on_one_display_is_accepted_whatever_self_is() -> None:
    # p comes from a factory the checker cannot follow, so derivative's self is not surely an object; on a
    # class, type(self) is the metaclass, which makes of a display only its builtin class
    source = _POLY + (
        "    def derivative(self):\n        return type(self)(i * c for i, c in enumerate(self.coeffs) if i)\n"
        "p = Poly.from_roots(1, 2)\nprint(p.derivative().coeffs)\n"
    )
    assert rules(source) == set()


@pytest.mark.parametrize("argument", ["self.coeffs", "", "[1] + self.coeffs", "[1], 2"])
def test_type_self_called_on_anything_but_one_display_needs_a_method_s_own_object(argument: str) -> None:
    source = _POLY + (
        f"    def derivative(self):\n        return type(self)({argument})\n"
        "p = Poly.from_roots(1, 2)\nprint(p.derivative())\n"
    )
    assert "class-machinery" in rules(source)
