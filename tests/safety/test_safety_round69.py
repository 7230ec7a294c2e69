"""The rules red-team round 69 led to.

Round 69 (reader a): 4 working escapes through 1 hole. ``table.get(type(d))`` with ``d`` an object of the
tool hands the tool's *class* to a key's ``__eq__``, which was "closed" when it only read public attributes
of its other operand: but on a class ``other.amount`` is the plain function, and ``other.amount(int)`` ran it
with ``int`` as self (``type(self)(int)`` gave ``type``). The hashes match through ``hash(D.fromkeys) ^
hash(dict.fromkeys) ^ hash(dict)``. Now an attribute read off the other operand may only be compared or
given to isinstance()/str()-like builtins, or called with no arguments where every method of that name
needs its self.

Round 69 (reader b): 6 working escapes through 1 hole. A list bound in a class body was trusted as a table
of names or templates whenever every use of its *name* only read it; but it is also the class attribute, changed through
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


_KEYED = (
    "class D(dict):\n    def amount(self{default}):\n        return self\n\n"
    "class Key:\n    def __hash__(self):\n        return 1\n\n"
    "    def __eq__(self, other):\n        {body}\n\n"
    "def find(d):\n    table = {{Key(): 1}}\n    return table.get(type(d))\n"
)


@pytest.mark.parametrize(
    "body",
    [
        "return other.amount(int) is None",
        "f = other.amount\n        return f is None",
        "return self.keep(other.amount)",
        "return other.amount.__name__ == 'x'",
    ],
)
def test_an_eq_that_calls_or_keeps_an_attribute_of_its_operand_stops_type_lookups(body: str) -> None:
    assert "class-machinery" in rules(_KEYED.format(default="", body=body))


def test_an_eq_calling_a_method_of_its_operand_whose_self_has_a_default_stops_type_lookups() -> None:
    assert "class-machinery" in rules(_KEYED.format(default="=int", body="return other.amount() == 1"))


@pytest.mark.parametrize(
    "body",
    [
        "return (self.x, self.y) == (other.x, other.y)",
        "return isinstance(other.x, int) and str(other.y) == 'a'",
        "return self.amount() == other.amount()",
    ],
)
def test_an_eq_that_compares_its_operands_attributes_leaves_type_lookups_alone(body: str) -> None:
    assert check(_KEYED.format(default="", body=body)).safe
