"""The rules the fifteenth red-team round led to (a fresh reader: 7 working escapes through 5 holes, all in
how the checker rebuilds Python's scopes): their smallest hostile cases, and the ordinary code next to them.
The full tools are in corpus/hostile_round15 (redteam_*)."""

from __future__ import annotations

import pytest
from support import rules

_HELPER = "def helper():\n    return 1\n"


@pytest.mark.parametrize(
    ("source", "rule"),
    [
        # nonlocal reaching past a function that does not bind the name itself
        (
            "def outer(f, s):\n    for k in ('name',):\n        def middle():\n            def inner():\n"
            "                nonlocal k\n                k = s\n            inner()\n        middle()\n"
            "        return getattr(f, k)\n",
            "too-complex",
        ),
        # a name Python renames inside a class, written out
        ("class Box:\n    def f(self, h, s):\n        for __k in ('name',):\n            _Box__k = s\n"
         "            return getattr(h, __k)\n", "private-attribute"),
        ("import json as _T__j\nclass T:\n    def f(self):\n        return __j\n", "private-attribute"),
        # a class body's load finds a module global (here the docstring) until the class binds the name
        ('"""text"""\nclass C:\n    grabbed = getattr(helper, __doc__)\n    for __doc__ in ("name",):\n'
         "        pass\n", "computed-attribute-name"),
        ('"""{0}"""\nclass C:\n    text = __doc__.format(1)\n', "computed-format-string"),
        # the loop's table means what it meant where the loop is, not where the name is read
        ("def outer(fn, s):\n    FIELDS = [s]\n    for key in FIELDS:\n        def inner():\n"
         "            FIELDS = ('name',)\n            return getattr(fn, key)\n        return inner()\n",
         "computed-attribute-name"),
        # global seen before the binding it moves, inside a block as at a function's top level
        ("def set_name(s):\n    if True:\n        global k\n        k = s\nfor k in ('name',):\n"
         "    g = getattr(helper, k)\n", "computed-attribute-name"),
    ],
)
def test_the_checkers_scopes_follow_pythons(source: str, rule: str) -> None:
    assert rule in rules(_HELPER + source)


@pytest.mark.parametrize(
    "source",
    [
        # a comprehension's first iterable is evaluated in the class body, whose names the checker skipped
        "names = ('name',)\nclass C:\n    names = [str(9)]\n    got = [getattr(helper, k) for k in names]\n",
        # what a loop variable comes from means what it meant where the loop is, not in a function inside
        "class Obj:\n    def __init__(self):\n        self.v = 1\ndef render(template):\n    rows = [Obj()]\n"
        "    for row in rows:\n        def inner():\n            rows = ('a',)\n"
        "            return template.format(row)\n        return inner()\n",
        "class Obj:\n    def __init__(self):\n        self.v = 1\ndef render(template, values):\n    box = {}\n"
        "    box['a'] = values\n    for item in (box,):\n        def inner():\n            box = []\n"
        "            item['a'].append(Obj())\n            return template.format(*values)\n        return inner()\n",
    ],
)
def test_what_a_name_was_made_from_is_looked_up_where_it_was_made(source: str) -> None:
    assert rules(_HELPER + source) & {"computed-attribute-name", "computed-format-string"}


def test_the_ordinary_scoping_around_these_rules_still_passes() -> None:
    source = """
    FIELDS = ("name", "qty")

    def make_counter():
        count = 0
        def step():
            nonlocal count
            count += 1
            return count
        return step

    class Ledger:
        def __init__(self):
            self.__entries = []

        def __check(self, amount):
            return amount > 0

        def add(self, amount):
            if self.__check(amount):
                self.__entries.append(amount)
            return len(self.__entries)

    def row(item):
        if item:
            for key in FIELDS:
                yield getattr(item, key)
        try:
            total = sum(1 for _ in FIELDS)
        finally:
            pass
        return total
    """
    assert rules(source) == set()
