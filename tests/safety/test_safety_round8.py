"""The rules the eighth red-team round led to (a fresh reader of the checker): their smallest hostile cases,
and the ordinary code next to each rule that must still pass. The full tools are in corpus/hostile_round8."""

from __future__ import annotations

import pytest
from support import rules


@pytest.mark.parametrize(
    ("source", "rule"),
    [
        # a class pattern's positional sub-patterns read what __match_args__ names, set at run time
        ("def f(obj, probe):\n    match obj:\n        case probe(v):\n            return v\n", "class-machinery"),
        ("class P:\n    pass\ndef f(o):\n    match o:\n        case P(v):\n            return v\n", "class-machinery"),
        ("import json\ndef f(o):\n    match o:\n        case json.JSONDecoder(v):\n            return v\n", "class-machinery"),  # noqa: E501
        # a second __init__ reopens or resets an object; __call__ calls what may only be called directly
        ("def f(raw, p):\n    raw.__init__(p, 'r')\n", "dunder-attribute"),
        ("import types\nns = types.SimpleNamespace()\nns.__init__(**{'a': 1})\n", "dunder-attribute"),
        ("from functools import update_wrapper\nupdate_wrapper.__call__(1, 2)\n", "dunder-attribute"),
        ("def f(x, m):\n    return x.__deepcopy__(m)\n", "dunder-attribute"),
        # copy.deepcopy's memo sees private state; only a new dict, and only in a direct call
        ("import copy\ndef f(x, memo):\n    return copy.deepcopy(x, memo)\n", "private-attribute"),
        ("import copy\ndef f(xs, memos):\n    return list(map(copy.deepcopy, xs, memos))\n", "computed-attribute-name"),
        # typing.Type forwards attribute reads to type itself
        ("import typing\nT = typing.Type\n", "class-machinery"),
        ("import typing\ntry:\n    typing.Type.x\nexcept AttributeError as e:\n    t = e.obj\n", "class-machinery"),
        # type(self) in a classmethod is the metaclass; an alias or super() in a classmethod takes any self
        ("class A:\n    @classmethod\n    def k(self):\n        return type(self)\n", "class-machinery"),
        ("class A:\n    def k(self):\n        return type(self)\n    other = k\nA.other(A)\n", "class-machinery"),
        (
            "class A:\n    def k(self):\n        return type(self)\nclass B(A):\n    @classmethod\n"
            "    def c(cls, o):\n        return super().k(o)\n",
            "class-machinery",
        ),
        # field makers through an alias or partial take names made at run time
        ("import dataclasses\nmake = dataclasses.dataclass\n", "computed-attribute-name"),
        ("import functools, typing\nm = functools.partial(typing.NamedTuple, 'S')\n", "computed-attribute-name"),
        ("from typing import TypedDict as TD\nX = TD('X', {'a': int})\n", "computed-attribute-name"),
        # registered functions: every annotation typing evaluates
        (
            "import functools\n@functools.singledispatch\ndef d(x):\n    return x\n@d.register\n"
            "def _(x: int) -> 'k[eval]':\n    return x\n",
            "forbidden-builtin",
        ),
        (
            "import functools\n@functools.singledispatch\ndef d(x):\n    return x\n@d.register\n"
            "def _(x: int, *a: 'k[open]'):\n    return x\n",
            "forbidden-builtin",
        ),
        (
            "import functools\n@functools.singledispatch\ndef d(x):\n    return x\n@d.register\n"
            "def _(x: '*k.grab(1)'):\n    return x\n",
            "string-annotation",
        ),
        (
            "import functools\nclass M:\n    def __new__(cls):\n        return print\n@functools.singledispatch\n"
            "def d(x):\n    return x\nd.register(M())\n",
            "string-annotation",
        ),
        # type(x) handed to an object: a table that is not a plain display, a path, a generic alias, a shadow
        ("def f(k):\n    table, = [K()]\n    return table[type(k)]\n", "class-machinery"),
        ("import collections\ndef f(k):\n    return collections.UserList[type(k)]\n", "class-machinery"),
        ("class H:\n    peers = []\ndef f(k):\n    return type(k) in H.peers\n", "class-machinery"),
        (
            "spy = S()\npair = (spy, int)\ndef f(k):\n    class spy:\n        pass\n    return type(k) in pair\n",
            "class-machinery",
        ),
        # annotations run: __class__ and subscripted objects there hand out type
        ("from json import JSONDecoder\nx: JSONDecoder.__class__ = None\n", "dunder-attribute"),
        ("keeper = K()\nslot: keeper[type]\n", "class-machinery"),
    ],
)
def test_eighth_round_escapes_are_refused(source: str, rule: str) -> None:
    assert rule in rules(source)


def test_ordinary_code_next_to_the_eighth_round_rules_passes() -> None:
    source = """
    import copy
    from collections import defaultdict
    from dataclasses import dataclass
    from typing import NamedTuple, Optional, Type, TypeVar, Union

    T = TypeVar("T")
    Number = Union[int, float]


    class ParseError(ValueError):
        def __init__(self, message: str, line: int) -> None:
            ValueError.__init__(self, message)
            self.line = line


    class Base:
        def __init__(self, name: str) -> None:
            self.name = name

        def clone(self) -> "Base":
            return type(self)(self.name)

        @property
        def kind(self) -> str:
            return type(self).__name__

        @classmethod
        def create(cls, name: str) -> "Base":
            obj = cls.__new__(cls)
            obj.name = name
            return obj


    class Child(Base):
        def __init__(self, name: str, size: int) -> None:
            super().__init__(name)
            self.size = size


    @dataclass
    class Point:
        x: float
        y: float


    class Pair(NamedTuple):
        left: int
        right: int


    HANDLERS: dict[type, str] = {}
    NAMES = {int: "integer", float: "real"}


    def describe(value: object, kind: Optional[Type[Base]] = None) -> str:
        match value:
            case Point(x, y):
                return f"point {x},{y}"
            case Pair(a, b):
                return f"pair {a},{b}"
            case int(n) | float(n):
                return NAMES.get(type(n), "number")
            case str(s):
                return s
        counts = defaultdict(int)
        counts[type(value).__name__] += 1
        return HANDLERS.get(type(value), "other")


    def snapshot(data: dict[str, list[Number]]) -> dict[str, list[Number]]:
        return copy.deepcopy(data, {}) if data else copy.deepcopy(data)
    """
    assert rules(source) == set()
