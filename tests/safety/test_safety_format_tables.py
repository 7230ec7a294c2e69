"""str.format templates taken from tables of rows: a column of literals in every row passes, and a table
that may hold a run-time template (a computed key or cell, a list row, or a call of the tool's own
``sorted`` that changes it) does not. The type(self) rule follows tables of classes the same way."""

from __future__ import annotations

import pytest
from support import rules

# A template that walks an attribute, made at run time so that no literal shows it.
_BUILT = "''.join(map(chr, [123, 48, 46, 95, 95, 99, 108, 97, 115, 115, 95, 95, 125]))"


def test_a_template_unpacked_from_the_rows_of_a_table_of_literals_passes() -> None:
    source = """
    RULES = [
        ("short", len, "{name} is shorter than {n} characters"),
        ("long", len, "{name} is longer than {n} characters"),
    ]
    MESSAGES = {"a": (1, "{x} is a"), "b": (2, "{x} is b")}

    def run(name):
        out = []
        for key, check, message in RULES:
            out.append(message.format(name=name, n=check(key)))
        for i, (key, check, message) in enumerate(RULES):
            out.append(message.format(name=name, n=i))
        for key, (code, template) in MESSAGES.items():
            out.append(template.format(x=code))
        out.extend(template.format(x=code) for code, template in MESSAGES.values())
        return out
    """
    assert rules(source) == set()


@pytest.mark.parametrize(
    "source",
    [
        # the column holds a function in some row
        "T = [('a', '{0}'), ('b', str)]\ndef f(x):\n    for k, m in T:\n        return m.format(x)\n",
        # a row of another width at run time shifts the columns
        f"K = {_BUILT}\nT = [(*[], '{{0}}', K)]\ndef f(x):\n    for k, m in T:\n        return m.format(x)\n",
        # a row is a list, which a read of the table could change
        "T = [('a', '{0}'), ['b', '{0}']]\ndef f(x):\n    for k, m in T:\n        return m.format(x)\n",
        # iterating a dict gives its keys, and a key may be made at run time
        f"K = {_BUILT}\nT = {{('a', K): ('x', 'y')}}\ndef f(x):\n    for a, t in T:\n        return t.format(x)\n",
        f"K = {_BUILT}\nT = {{K: 'x'}}\ndef f(x):\n    for t in T:\n        return t.format(x)\n",
        # the table is changed through an alias, or by an item store
        f"T = [('a', '{{0}}')]\ndef f(x):\n    r = T\n    r[0] = ('a', {_BUILT})\n    for k, m in T:\n        return m.format(x)\n",  # noqa: E501
        f"T = {{'a': ('a', '{{0}}')}}\ndef f(x):\n    T['a'] = ('a', {_BUILT})\n    for k, m in T.values():\n        return m.format(x)\n",  # noqa: E501
        # the tool's own sorted/enumerate/str take the table, so they may change it
        f"T = ['{{0}}']\ndef sorted(t):\n    t[0] = {_BUILT}\n    return t\ndef f(x):\n    sorted(T)\n    return T[0].format(x)\n",  # noqa: E501
        f"T = [('a', '{{0}}')]\ndef enumerate(t):\n    return [(0, ('a', {_BUILT}))]\ndef f(x):\n    for i, (k, m) in enumerate(T):\n        return m.format(x)\n",  # noqa: E501
        f"T = ['{{0}}']\nclass str:\n    @staticmethod\n    def join(s, t):\n        t[0] = {_BUILT}\ndef f(x):\n    str.join(',', T)\n    return T[0].format(x)\n",  # noqa: E501
    ],
)
def test_a_table_that_may_hold_a_run_time_template_is_no_source_of_templates(source: str) -> None:
    assert "computed-format-string" in rules(source)


@pytest.mark.parametrize(
    "table",
    ["CLASSES = (A, A)\nfor C in CLASSES:\n    C.show(1)\n", "CLASSES = {'a': A}\nC = CLASSES['a']\nC.show(1)\n"],
)
def test_a_method_with_type_self_may_not_be_called_on_a_class_taken_from_a_table(table: str) -> None:
    source = "class A:\n    def show(self):\n        return type(self)\n" + table
    assert "class-machinery" in rules(source)


def test_a_dict_of_handlers_looked_up_by_the_class_of_a_value_still_passes() -> None:
    source = """
    def on_int(x):
        return x

    HANDLERS = {int: on_int, float: on_int}

    def run(x):
        handler = HANDLERS.get(type(x))
        return handler(x) if handler else HANDLERS[type(x)](x)
    """
    assert rules(source) == set()


def test_a_data_field_named_format_may_be_read_on_objects_of_the_tools_own_class() -> None:
    source = """
    from dataclasses import dataclass

    @dataclass
    class Options:
        format: str = "json"

        def describe(self):
            return "comma separated" if self.format == "csv" else f"{self.format} text"

    def run(kind):
        opts = Options(format=kind)
        return opts.format, opts.describe()
    """
    assert rules(source) == set()


@pytest.mark.parametrize(
    "source",
    [
        # a str subclass: where the field is not set, .format is str.format of the object's text
        f"class S(str):\n    format: int\ndef f(x):\n    s = S({_BUILT})\n    return s.format(x)\n",
        # the name is rebound to a run-time string
        f"class O:\n    format: str = 'x'\ndef f(x):\n    o = O()\n    o = {_BUILT}\n    return o.format(x)\n",
        # the method is called through its class on a string, so self is that string
        f"class O:\n    format: str = 'x'\n    def show(self, x):\n        return self.format(x)\n"
        f"O.show({_BUILT}, 1)\n",
    ],
)
def test_a_format_field_does_not_vouch_for_objects_that_may_be_strings(source: str) -> None:
    assert "computed-format-string" in rules(source)
