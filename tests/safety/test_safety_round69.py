"""The rule red-team round 69 led to.

Round 69: 6 working escapes through 1 hole. A list bound in a class body was trusted as a table of names or
templates whenever every use of its *name* only read it; but it is also the class attribute, changed through
``C.T.append(x)``, ``C.T[0] = x`` or ``self.T.append(x)``, which no use of the name shows, and a generator
in the class body (``G = (getattr(f, k) for k in T)``) reads it only when consumed, after such a change. In
a class body only a tuple of identifiers is now a table."""

from __future__ import annotations

import pytest
from support import rules

from genesis_mcp.safety import check

_GETATTR = "G = (getattr(helper, key, None) for key in T)"
_FORMAT = "G = (t.format(helper) for t in T)"


def _tool(table: str, generator: str, change: str) -> str:
    return (
        f"def helper():\n    return 1\n\nT = {table}\n\n"
        f"class C:\n    T = {table}\n    {generator}\n\n    def poison(self, name):\n        {change}\n\n"
        "u = '_'\nC().poison(u + u + 'globals' + u + u)\nprint(list(C.G))\n"
    )


@pytest.mark.parametrize(
    ("table", "generator", "change"),
    [
        ('["real"]', _GETATTR, "C.T.append(name)"),
        ('["real"]', _GETATTR, "C.T[0] = name"),
        ('["real"]', _GETATTR, "self.T.append(name)"),
        ('["{0}"]', _FORMAT, "C.T[0] = '{0.' + name + '}'"),
        ('{"real": 1}', _GETATTR, "C.T[name] = 1"),
    ],
)
def test_a_list_or_dict_bound_in_a_class_body_is_no_table_of_names_or_templates(
    table: str, generator: str, change: str
) -> None:
    assert not check(_tool(table, generator, change)).safe


def test_a_class_list_read_by_a_generator_is_refused_where_the_attribute_is_never_changed_too() -> None:
    # The checker cannot see every way to the class attribute (getattr, vars, a subclass): no exception.
    assert rules(_tool('["real"]', _GETATTR, "return name")) == {"computed-attribute-name"}


def test_a_tuple_of_names_bound_in_a_class_body_is_still_a_table() -> None:
    assert check(_tool('("real",)', _GETATTR, "return name")).safe


def test_a_module_level_list_of_names_read_by_a_function_is_still_a_table() -> None:
    source = (
        "FIELDS = ['name', 'age']\n\nclass P:\n    name = 'a'\n    age = 1\n\n"
        "def row(p):\n    return [getattr(p, f) for f in FIELDS]\n"
    )
    assert check(source).safe
