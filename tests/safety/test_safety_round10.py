"""The rules the tenth red-team round led to (a fresh reader: 20 working escapes through 14 holes): their
smallest hostile cases. The full tools are in corpus/hostile_round10 (redteam_*)."""

from __future__ import annotations

import pytest
from support import rules


@pytest.mark.parametrize(
    ("source", "rule"),
    [
        # a Field reached through a helper and renamed: dataclasses pastes field names into code it runs
        (
            "import dataclasses\n@dataclasses.dataclass\nclass B:\n    x: int = 0\ndef pick(i):\n    return i[0]\n"
            "f = pick(dataclasses.fields(B))\nf.name = 'y'\n",
            "module-mutation",
        ),
        # a Field made by field() kept outside a class body (round 11), renamed later
        ("import dataclasses\ndef keep(v):\n    return v\nSLOT = keep(dataclasses.field(default=0))\n", "module-mutation"),  # noqa: E501
        ("from dataclasses import field\nSLOTS = [field(default=0)]\n", "module-mutation"),
        # attributes that set other attributes by names given at run time
        ("import functools\nclass H:\n    @functools.cached_property\n    def s(self):\n        return 1\nH.s.attrname = 'x'\n", "private-attribute"),  # noqa: E501
        ("def f(logger):\n    return logger.makeRecord('n', 10, 'f', 1, 'm', None, None, extra={})\n", "private-attribute"),  # noqa: E501
        # decorators trusted only as themselves
        ("def cache(f):\n    return classmethod(f)\nclass B:\n    @cache\n    def k(self):\n        return type(self)\n", "class-machinery"),  # noqa: E501
        ("from abc import abstractclassmethod as cache\nclass B:\n    @cache\n    def k(self):\n        return type(self)\n", "class-machinery"),  # noqa: E501
        (
            "def classmethod(f):\n    return staticmethod(f)\nclass F:\n    @classmethod\n    def fill(cls, n):\n"
            "        cls.__init__(**n)\n",
            "dunder-attribute",
        ),
        # x.setter trusted only for a property x of the class itself (round 13)
        ("class A:\n    def x(self):\n        return 0\n    x.setter = classmethod\n    @x.setter\n    def m(self):\n        return type(self)\n", "class-machinery"),  # noqa: E501
        (
            "class P:\n    def getter(self, f):\n        return classmethod(f)\ndef deco(f):\n    return P()\n@deco\ndef x():\n"  # noqa: E501
            "    return 0\nclass A:\n    @x.getter\n    def m(self):\n        return type(self)\n",
            "class-machinery",
        ),
        # register(instance) evaluates the class's annotations
        (
            "import functools\nclass M:\n    v: 'k[eval]'\n@functools.singledispatch\ndef d(x):\n    return x\n"
            "d.register(M())\n",
            "string-annotation",
        ),
        (
            "import functools\nclass M(staticmethod):\n    pass\n@functools.singledispatch\ndef d(x):\n    return x\n"
            "d.register(M(print))\n",
            "string-annotation",
        ),
        # a member-less Enum (nonmember is no member) can be called with names
        ("import enum\nclass B(enum.Enum):\n    helper = enum.nonmember(0)\n", "class-machinery"),
        # a __deepcopy__ that keeps copy's memo gets every original
        ("class G:\n    def __deepcopy__(self, memo):\n        self.kept = memo\n        return self\n", "private-attribute"),  # noqa: E501
        # a base named like an inert one is judged as what it is
        (
            "import types\nns = types.SimpleNamespace(Exception=str)\nclass O(ns.Exception):\n    format: str\n"
            "def f(t, r):\n    return O(t).format(r)\n",
            "computed-format-string",
        ),
        # update_wrapper's default __dict__ copy reads the methods of what it wraps
        (
            "import functools, types\nclass B:\n    def kind(self):\n        return type(self)\nh = types.SimpleNamespace()\n"  # noqa: E501
            "functools.update_wrapper(h, B, assigned=())\n",
            "class-machinery",
        ),
        # a function named like a library object's private state (a bound method copies as getattr(obj, name))
        ("def _module(self):\n    return None\n", "private-attribute"),
        ("def grab(self):\n    return None\ngrab.__name__ = '_mod' + 'ule'\n", "private-attribute"),
        ("def rename(grab, name):\n    grab.__name__ = name\n", "dunder-attribute"),
        # a class taken out of a display is still a class
        ("class B:\n    def kind(self):\n        return type(self)\ndef m():\n    h = [B][0]\n    return h.kind(B)\n", "class-machinery"),  # noqa: E501
        # the caller's dict through an alias the checker cannot follow, or a constant list given an object
        ("def r(t, values):\n    box = (lambda v: v)(values)\n    box['i'] = R()\n    return t.format_map(values)\n", "computed-format-string"),  # noqa: E501
        ("def r(t, values):\n    match values:\n        case box:\n            box['i'] = R()\n    return t.format_map(values)\n", "computed-format-string"),  # noqa: E501
        ("S = ['-']\nS.append(R())\ndef r(t):\n    return t.format(*S)\n", "computed-format-string"),
    ],
)
def test_tenth_round_escapes_are_refused(source: str, rule: str) -> None:
    assert rule in rules(source)


def test_ordinary_code_next_to_the_tenth_round_rules_passes() -> None:
    source = """
    import functools
    from abc import ABC, abstractmethod
    from dataclasses import dataclass, fields
    from enum import Enum


    class Shape(ABC):
        @abstractmethod
        def area(self) -> float: ...

        @functools.cached_property
        def label(self) -> str:
            return type(self).__name__

        @property
        def size(self) -> float:
            return self.area()

        @size.setter
        def size(self, value: float) -> None:
            self.scale = value

        @classmethod
        def unit(cls) -> "Shape":
            return cls()


    class Color(Enum):
        RED = 1
        GREEN = 2


    @dataclass
    class Row:
        name: str
        qty: int = 0

        def as_dict(self) -> dict:
            return {f.name: getattr(self, f.name) for f in fields(self)}


    def rename(row: Row, name: str) -> Row:
        row.qty = 1
        return Row(name, row.qty)


    def timed(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            return fn(*args, **kwargs)
        return wrapper
    """
    assert rules(source) == set()
