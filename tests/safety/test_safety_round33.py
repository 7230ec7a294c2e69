"""The rules the thirty-third and thirty-fourth red-team rounds led to (6 working escapes through classes
that are not what their statement made and library classes reached by module path or through a subclass; 6
through dataclass Fields renamed by setattr and Flag classes whose only values Enum keeps as aliases), and
the false alarms round 18's blind writers found next to them."""

from __future__ import annotations

import pytest
from support import rules

_TALLY = "from collections import Counter\nclass Tally(Counter):\n    pass\n"
_HOOKS = "class Hooks:\n    def helper(self):\n        return 1\n"


@pytest.mark.parametrize(
    "source",
    [
        # a decorated class in a registered function's annotation is whatever the decorator returned
        "from functools import singledispatch\nCODE = 'x'\ndef deco(c):\n    return list[CODE]\n@deco\n"
        "class Box:\n    pass\n@singledispatch\ndef show(x):\n    return 0\n@show.register\ndef _(x: Box):\n"
        "    return 1\n",
        # a library class whose methods build from self.__class__, reached by module path
        "import collections\ndef main():\n    holder = collections.Counter\n    return holder.copy(int)\n",
        "import typing\nh = typing.Counter\n",
        # a tool class deriving from one, handed around (alias, parameter, decorator, type(self) kept)
        _TALLY + "alias = Tally\n",
        _TALLY + "class Sub(Tally):\n    pass\ndef grab(k):\n    return k.copy(int)\ngrab(Sub)\n",
        _TALLY + "def swap(cls):\n    return Tally\n@swap\nclass Box:\n    pass\n",
        "from collections import Counter\nclass Tally(Counter):\n    def meta(self):\n        kls = type(self)\n"
        "        return kls.copy(int)\n",
        # Annotated[X, m] reads attributes off X; a tool object named like a typing generic gets X
        "from collections import Counter\nfrom typing import Annotated\nm = Annotated[Counter, 0].copy(int)\n",
        "from collections import Counter\nclass Spy:\n    def __getitem__(self, k):\n        return k.copy(int)\n"
        "Optional = Spy()\nprint(Optional[Counter])\n",
    ],
)
def test_classes_that_run_library_methods_on_any_self_stay_out_of_reach(source: str) -> None:
    assert rules(source) & {"class-machinery", "string-annotation"}


@pytest.mark.parametrize(
    "source",
    [
        _TALLY + "Alias = Tally\nclass Box(Alias):\n    pass\n",
        "import collections\ndef deco(c):\n    return collections.UserString\n@deco\nclass Base:\n    pass\n"
        "class Key(Base, str):\n    pass\n",
        "class Base:\n    pass\ndef swap(c):\n    c = Base\n    return c\n@swap\nclass Box:\n    pass\n"
        "class Sub(Box):\n    pass\n",
    ],
)
def test_a_base_class_must_be_the_class_its_statement_made(source: str) -> None:
    assert "class-machinery" in rules(source)


def test_a_subclass_of_a_class_a_registry_decorator_returns_unchanged_is_accepted() -> None:
    source = (
        "REGISTRY = {}\ndef register(name):\n    def deco(cls):\n        REGISTRY[name] = cls\n        return cls\n"
        "    return deco\n@register('upper')\nclass Upper:\n    def apply(self, s):\n        return s.upper()\n"
        "@register('title')\nclass Title(Upper):\n    def apply(self, s):\n        return s.title()\n"
    )
    assert rules(source) == set()


@pytest.mark.parametrize(
    "tail",
    [
        "def rename(v):\n    for f in fields(Rec):\n        setattr(f, f.name, v)\n",
        "def rename(target, key, v):\n    names = {f.name for f in fields(Rec)}\n    if key not in names:\n"
        "        raise KeyError(key)\n    setattr(target, key, v)\n",
    ],
)
def test_a_field_name_stored_where_a_field_may_be_is_refused(tail: str) -> None:
    head = "from dataclasses import dataclass, fields\n@dataclass\nclass Rec:\n    name: str = 'x'\n"
    reader = "def read(target):\n    return [getattr(target, f.name) for f in fields(Rec)]\n"
    assert rules(head + tail + reader) & {"computed-attribute-name", "module-mutation"}


def test_a_dataclass_converting_its_own_fields_by_name_is_accepted() -> None:
    source = (
        "from dataclasses import dataclass, fields\n@dataclass\nclass Product:\n    name: str\n    price: float\n"
        "    def __post_init__(self):\n        for f in fields(self):\n            value = getattr(self, f.name)\n"
        "            kind = f.type if isinstance(f.type, type) else None\n"
        "            if kind is float and isinstance(value, int):\n"
        "                setattr(self, f.name, float(value))\n"
    )
    assert rules(source) == set()


@pytest.mark.parametrize(
    "members",
    ["    NONE = 0\n", "    BOTH = 3\n", "    NONE = 0\n    ALL = 7\n"],
)
def test_a_flag_whose_values_are_all_aliases_counts_as_memberless(members: str) -> None:
    source = f"from enum import Flag\nclass Color(Flag):\n{members}"
    assert "class-machinery" in rules(source)


@pytest.mark.parametrize(
    "members",
    ["    READ = 1\n    WRITE = 2\n", "    READ = 1 << 0\n", "    NONE = 0\n    READ = auto()\n"],
)
def test_a_flag_with_a_single_bit_member_is_accepted(members: str) -> None:
    source = f"from enum import Flag, auto\nclass Perm(Flag):\n{members}"
    assert rules(source) == set()


def test_a_tool_enum_called_with_unpacked_arguments_is_refused() -> None:
    source = "from enum import Enum\nclass Color(Enum):\n    RED = 1\nargs = ['Made', {}]\nColor(*args)\n"
    assert "class-machinery" in rules(source)


@pytest.mark.parametrize(
    "source",
    [
        "from typing import Optional\nimport ipaddress\nNet = Optional[ipaddress.IPv4Network]\n",
        "from typing import Union\nfrom ipaddress import IPv4Network, IPv6Network\n"
        "Network = Union[IPv4Network, IPv6Network]\n",
    ],
)
def test_library_classes_as_arguments_of_typing_generics_are_accepted(source: str) -> None:
    assert rules(source) == set()


def test_a_class_in_an_annotation_is_not_a_class_handed_out() -> None:
    # list[Contact] in an annotation never reaches the tool's code, so self stays the method's own object
    source = (
        "from __future__ import annotations\nclass Contact:\n    FIELDS = ('name', 'email')\n"
        "    def __init__(self, **values):\n        for key in self.FIELDS:\n"
        "            setattr(self, key, values.get(key, ''))\n"
        "def load(rows: list[dict]) -> tuple[list[Contact], list[str]]:\n"
        "    return [Contact(**r) for r in rows], []\n"
    )
    assert rules(source) == set()
