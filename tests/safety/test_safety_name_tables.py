"""getattr/setattr/hasattr/delattr given a loop variable over identifiers written in the tool: each
identifier is judged as if it were written there, so public names pass and special, private, frame or
module names are refused; a name that may hold anything else is still a computed name."""

from __future__ import annotations

import pytest
from support import rules


def test_getattr_over_a_tuple_of_public_field_names_passes() -> None:
    source = """
    from dataclasses import dataclass

    FIELDS = ("name", "age", "email")
    COLUMNS = ["name", "email"]

    @dataclass
    class Person:
        name: str
        age: int
        email: str

    def to_row(p: Person) -> list[str]:
        return [str(getattr(p, f)) for f in FIELDS] + [getattr(p, c) for c in COLUMNS]

    def describe(p: Person) -> str:
        return ", ".join(f"{attr}={getattr(p, attr)!r}" for attr in ("name", "age"))

    def update(p: Person, changes: dict) -> None:
        for key in ("name", "email"):
            if key in changes and hasattr(p, key):
                setattr(p, key, changes[key])
    """
    assert rules(source) == set()


@pytest.mark.parametrize(
    ("source", "rule"),
    [
        ("def f(x):\n    for k in ('name', '__class__'):\n        return getattr(x, k)\n", "dunder-attribute"),
        ("def f(x):\n    for k in ('gi_frame',):\n        return getattr(x, k)\n", "introspection-attribute"),
        ("def f(x):\n    for k in ('_secret',):\n        return getattr(x, k)\n", "private-attribute"),
        # the table changes, or the loop variable is rebound
        ("T = ['name']\ndef f(x):\n    T.append('gi_code')\n    return [getattr(x, k) for k in T]\n",
         "computed-attribute-name"),
        ("def f(x, key):\n    for k in ('name',):\n        k = key\n        return getattr(x, k)\n",
         "computed-attribute-name"),
        ("T = ('name',)\ndef f(x, key):\n    global T\n    T = (key,)\n    return [getattr(x, k) for k in T]\n",
         "computed-attribute-name"),
        # a table of strings that are not all identifiers could hold a dotted or odd name
        ("T = ('name', 'a.b')\ndef f(x):\n    return [getattr(x, k) for k in T]\n", "computed-attribute-name"),
        # what it reaches is judged like a written name: a module, a name the policy does not list, a store on a
        # module or a library class
        ("import collections\ndef f():\n    for k in ('abc',):\n        return getattr(collections, k)\n",
         "module-as-value"),
        ("import json\ndef f():\n    for k in ('loads', 'codecs'):\n        return getattr(json, k)\n",
         "module-attribute"),
        ("import math\ndef f(v):\n    for k in ('pi', 'e'):\n        setattr(math, k, v)\n", "module-mutation"),
        ("import json\ndef f(g):\n    for k in ('encode',):\n        setattr(json.JSONEncoder, k, g)\n",
         "module-mutation"),
        ("from dataclasses import fields\ndef f(p):\n    for fl in fields(p):\n        for k in ('name',):\n"
         "            setattr(fl, k, 'x')\n", "module-mutation"),
    ],
)
def test_getattr_over_a_table_judges_every_name_it_may_hold(source: str, rule: str) -> None:
    assert rule in rules(source)


def test_a_mutator_read_through_a_table_still_marks_the_callers_data_as_changed() -> None:
    source = """
    class Secret:
        pass

    def render(template: str, values: dict) -> str:
        for k in ("update",):
            getattr(values, k)(obj=Secret())
        return template.format(**values)
    """
    assert "computed-format-string" in rules(source)


def test_getattr_over_a_class_constant_tuple_read_on_self_passes() -> None:
    source = """
    class Contact:
        FIELDS = ("name", "email")

        def __init__(self, **given):
            for f in self.FIELDS:
                setattr(self, f, given.get(f, ""))

        def to_dict(self):
            return {k: getattr(self, k) for k in ORDER_KEYS} | {f: getattr(self, f) for f in self.FIELDS}

    ORDER_KEYS = {"name": "Name", "email": "E-mail"}
    """
    assert rules(source) == set()


@pytest.mark.parametrize(
    "source",
    [
        # a class constant something assigns, a list (it may change), a dataclass field, or not on self's own
        "class C:\n    F = ('name',)\n    def f(self):\n        return [getattr(self, k) for k in self.F]\n"
        "def g(c, s):\n    c.F = (s,)\n",
        "class C:\n    F = ['name']\n    def f(self):\n        return [getattr(self, k) for k in self.F]\n",
        "from dataclasses import dataclass\n@dataclass\nclass C:\n    F: tuple = ('name',)\n"
        "    def f(self):\n        return [getattr(self, k) for k in self.F]\n",
        "class C:\n    F = ('name',)\n    def f(self):\n        return [getattr(self, k) for k in self.F]\n"
        "def g(o):\n    return C.f(o)\n",
        "class C:\n    F = ('__class__',)\n    def f(self):\n        return [getattr(self, k) for k in self.F]\n",
    ],
)
def test_getattr_over_a_class_attribute_needs_a_constant_tuple_on_the_methods_own_object(source: str) -> None:
    assert rules(source) & {"computed-attribute-name", "dunder-attribute", "dunder-string"}
