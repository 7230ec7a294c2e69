"""Allow-list guards: past ``if key in ALLOWED`` (or ``if key not in ALLOWED: raise``) a getattr on the key is
judged for each allowed identifier. Only while the key is a local nothing rebinds in between, the read is
not deferred, and no __eq__ of the tool's could make its own string pass the check."""

from __future__ import annotations

import pytest
from support import rules

_GUARDS = """
FIELDS = ("name", "email")

class Contact:
    KEYS = ("name", "email")

    def __init__(self):
        self.name = ""
        self.email = ""

    def update(self, changes: dict) -> list:
        applied = []
        for key, value in changes.items():
            if key in ("id",) or key not in self.KEYS:
                raise KeyError(key)
            applied.append((key, getattr(self, key)))
            setattr(self, key, value)
        return applied

    def act(self, kind):
        if kind in ("name", "email") and self.name:
            return getattr(self, kind)
        return None

def read(obj, attr):
    if attr not in FIELDS:
        return None
    return getattr(obj, attr)
"""


def test_getattr_past_an_allow_list_guard_passes() -> None:
    assert rules(_GUARDS) == set()


@pytest.mark.parametrize(
    "source",
    [
        # the list lets a special name through
        "def f(o, k):\n    if k in ('name', '__class__'):\n        return getattr(o, k)\n",
        # rebound between the guard and the read
        "def f(o, k, s):\n    if k not in ('name',):\n        return None\n    k = s\n    return getattr(o, k)\n",
        "def f(o, k, s):\n    if k in ('name',):\n        for k in s:\n            pass\n"
        "        return getattr(o, k)\n",
        # the read happens later, when k may be anything
        "def f(o, k):\n    if k in ('name',):\n        return lambda: getattr(o, k)\n",
        "def f(o, k):\n    if k in ('name',):\n        return (getattr(o, k) for _ in (1,))\n",
        # not a guard: an `or` lets anything into the body, a body that does not leave lets anything past it
        "def f(o, k, x):\n    if k in ('name',) or x:\n        return getattr(o, k)\n",
        "def f(o, k):\n    if k not in ('name',):\n        print(k)\n    return getattr(o, k)\n",
        # a module-level name another function may change
        "k = 'name'\nif k in ('name',):\n    v = getattr(print, k)\n",
        # a str subclass of the tool's whose __eq__ says yes to anything
        "class S(str):\n    def __eq__(self, other):\n        return True\n    def __hash__(self):\n        return 1\n"
        "def f(o, k):\n    if k in ('name',):\n        return getattr(o, k)\n",
        # a table something changes
        "T = ['name']\ndef f(o, k):\n    T.append(k)\n    if k in T:\n        return getattr(o, k)\n",
    ],
)
def test_a_guard_narrows_only_what_it_surely_decides(source: str) -> None:
    assert rules(source) & {"computed-attribute-name", "dunder-attribute", "dunder-string", "class-machinery"}


def test_a_guard_on_the_names_of_a_dataclasss_fields_passes() -> None:
    source = """
    from dataclasses import dataclass, fields

    @dataclass
    class Config:
        host: str = "localhost"
        port: int = 8080

    def merge(base: Config, changes: dict) -> Config:
        names = {f.name for f in fields(base)}
        for key, value in changes.items():
            if key not in names:
                raise KeyError(key)
            setattr(base, key, value)
        return base
    """
    assert rules(source) == set()


@pytest.mark.parametrize(
    "allowed",
    [
        "{f.name for f in fields(base) if f.init} | {'__class__'}",  # more than the field names
        "{f.type for f in fields(base)}",  # not the names
    ],
)
def test_a_guard_on_more_than_field_names_does_not_pass(allowed: str) -> None:
    source = (
        "from dataclasses import fields\n"
        f"def read(base, key):\n    names = {allowed}\n    if key not in names:\n        raise KeyError(key)\n"
        "    return getattr(base, key)\n"
    )
    assert rules(source) & {"computed-attribute-name", "dunder-string"}
