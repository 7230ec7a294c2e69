"""The rules the eighteenth and nineteenth red-team rounds led to (fresh readers: 8 working escapes through
2 holes in the order the final pass learns facts and in where classes come from; 3 through the source layer,
name mangling under normalisation and the new allow-list guards): their smallest hostile cases. The full
tools are in corpus/hostile_round18."""

from __future__ import annotations

import pytest
from support import rules

from genesis_mcp.safety import check_bytes


@pytest.mark.parametrize(
    ("source", "rule"),
    [
        # a store a setattr table makes is known before a class constant table is trusted, whatever the order
        (
            "class R:\n    FIELDS = ('name',)\n    def read(self, fn):\n"
            "        return [getattr(fn, k) for k in self.FIELDS]\n"
            "def poison(obj, value):\n    for k in ('FIELDS',):\n        setattr(obj, k, value)\n",
            "computed-attribute-name",
        ),
        # attrgetter/methodcaller/wraps/update_wrapper only under their own names
        ("from functools import update_wrapper as copy_attrs\ndef f(a, b):\n    copy_attrs(a, b, assigned=('x',))\n",
         "computed-attribute-name"),
        ("from operator import methodcaller as mc\ndef f(o):\n    return mc('lookup')(o)\n", "computed-attribute-name"),
        # classes handed out without their names: a dataclass Field's type, a singledispatch registry
        (
            "from dataclasses import dataclass, fields\nclass D:\n    def __init__(self):\n        self.h = {}\n"
            "    def lookup(self, x):\n        return self.h.get(type(x))\n@dataclass\nclass S:\n    d: D = None\n"
            "def run(k, obj, x):\n    return k.lookup(obj, x)\n"
            "def leak():\n    return run(fields(S)[0].type, 1, int)\n",
            "class-machinery",
        ),
        # a str subclass comparing through a library base's __eq__ passes an allow-list guard
        (
            "from collections import UserString\nclass K(UserString, str):\n    pass\n"
            "def f(o, k):\n    if k in ('name',):\n        return getattr(o, k)\n",
            "computed-attribute-name",
        ),
        # _C__x written with a decomposed character is the same identifier once normalised
        ("class B\u00e9:\n    def f(self, h):\n        for __k in ('name',):\n            _Be\u0301__k = h\n"
         "            return getattr(h, __k)\n", "private-attribute"),
    ],
)
def test_round_18_and_19_holes_stay_closed(source: str, rule: str) -> None:
    assert rule in rules(source)


def test_a_coding_declaration_is_found_however_long_the_first_line() -> None:
    source = b"# " + b"x" * 2000 + b" coding: utf-7\nprint(1)\n"
    assert "encoding" in {f.rule for f in check_bytes(source).findings}
