"""A str.format template the caller may supply is allowed, filled with data only: it can walk any
attribute of the values it is given, so an object of the tool's own class, a function or a builtin
given to it would lead to the interpreter's internals."""

from __future__ import annotations

import pytest
from support import rules

_REPORT = "import dataclasses\n@dataclasses.dataclass\nclass Report:\n    title: str\n"


def test_a_caller_template_filled_with_the_callers_data_passes() -> None:
    source = """
    from collections import defaultdict


    class Default(dict):
        \"\"\"Leaves unknown fields as they are.\"\"\"

        def __missing__(self, key):
            return "{" + key + "}"


    def render(template: str, values: dict) -> str:
        return template.format(**values)


    def render_rows(template: str, rows: list[dict], missing: str = "-") -> list[str]:
        return [template.format_map(defaultdict(lambda: missing, row)) for row in rows]


    def fill(template: str, values: dict, title: str) -> str:
        title = title.strip()
        for key, value in values.items():
            values[key] = str(value)
        return template.format_map(Default(values)) + template.format(title.title(), n=len(values), t=f"{title}!")


    def line(template, item):
        return template.format(item)


    class Item:
        def __init__(self, name):
            self.name = name


    def report(names: list[str]) -> list[str]:
        return [line("{0.name}", Item(name)) for name in names]
    """
    assert rules(source) == set()


@pytest.mark.parametrize(
    "tail",
    [
        # an object of the tool's own class: its __init__.__globals__ reach sys.modules
        "def render(template, title):\n    return template.format(report=Report(title))\n",
        # the tool calls it with a literal, but the caller may call it with any template
        "def render(template, title):\n    return template.format(Report(title))\nrender('{0.title}', 'x')\n",
        # a template passed on from the caller to a helper that fills it with an object
        "def helper(t, obj):\n    return t.format(obj)\ndef tool(t, title):\n    return helper(t, Report(title))\n",
        # the format method taken as a value
        "def render(template, titles):\n    return list(map(template.format, [Report(t) for t in titles]))\n",
        # mappings whose items are objects
        "def render(template, title):\n    return template.format_map({'r': Report(title)})\n",
        "import collections\ndef render(template, v):\n    return template.format_map(collections.defaultdict(lambda: Report('x'), v))\n",  # noqa: E501
        "class D(dict):\n    def __missing__(self, key):\n        return self\ndef render(t, v):\n    return t.format_map(D(v))\n",  # noqa: E501
        # names made from the caller's data and something else
        "def render(template, row):\n    x = row or Report('x')\n    return template.format(x)\n",
        "def render(template, rows):\n    x = rows + [Report('x')]\n    return template.format(x)\n",
        # a call further along the chain, a with target or a one-element loop handing back the tool's object
        "def render(template, values):\n    got = values.copy().get('z', Report)\n    return template.format(v=got)\n",
        "def render(t, values):\n    with values.get('z', Report('x')) as got:\n        return t.format(v=got)\n",
        "def render(t, values):\n    for got in [values.copy().get('z', Report)]:\n        return t.format(v=got)\n",
        # functions and builtins, and the tool's own "str"
        "def render(template):\n    return template.format(len, f=Report)\n",
        "def str(x):\n    return Report(x)\ndef render(template, title):\n    return template.format(str(title))\n",
    ],
)
def test_a_caller_template_may_not_be_given_objects_functions_or_builtins(tail: str) -> None:
    assert "computed-format-string" in rules(_REPORT + tail)


@pytest.mark.parametrize(
    "tail",
    [
        # the caller's own dict, an alias of it, or a row of it given an object before it fills the template
        "def render(template, values):\n    values['r'] = Report('x')\n    return template.format(**values)\n",
        "def render(t, values):\n    v = values\n    v |= {'r': Report('x')}\n    return t.format_map(values)\n",
        "def render(t, rows):\n    for row in rows:\n        row.update(r=Report('x'))\n    return [t.format(**r) for r in rows]\n",  # noqa: E501
        "def render(t, rows):\n    rows.append(Report('x'))\n    return t.format(*rows)\n",
        # through a helper, or ways the checker cannot follow
        "def put(d, v):\n    d['r'] = v\ndef render(t, values):\n    put(values, Report('x'))\n    return t.format_map(values)\n",  # noqa: E501
        "import operator\ndef render(t, values):\n    operator.setitem(values, 'r', Report('x'))\n    return t.format_map(values)\n",  # noqa: E501
        "import operator\ndef render(t, values):\n    operator.methodcaller('update', r=Report('x'))(values)\n    return t.format_map(values)\n",  # noqa: E501
        "def render(t, values):\n    add = values.setdefault\n    add('r', Report('x'))\n    return t.format_map(values)\n",  # noqa: E501
    ],
)
def test_a_caller_template_may_not_be_filled_with_data_the_tool_slipped_an_object_into(tail: str) -> None:
    assert "computed-format-string" in rules(_REPORT + tail)


def test_data_put_into_the_callers_containers_keeps_a_caller_template_allowed() -> None:
    source = """
    def render(template: str, values: dict, rows: list[dict]) -> list[str]:
        values["count"] = len(rows)
        for row in rows:
            row.setdefault("note", "-")
            row["name"] = row.get("name", "").title()
        out = []
        out.append(1)
        return [template.format(**values, **row) for row in rows]
    """
    assert rules(source) == set()


@pytest.mark.parametrize(
    "tail",
    [
        # a new container given the caller's own, then an object through an item of it
        "def render(t, values):\n    out = {}\n    out['a'] = values\n    out['a'].append(Report('x'))\n"
        "    return t.format(*values)\n",
        "def render(t, values):\n    out = []\n    out.append(values)\n    out[0]['r'] = Report('x')\n"
        "    return t.format_map(values)\n",
        "from collections import defaultdict\ndef render(t, values):\n    out = defaultdict(list, values)\n"
        "    out['a'].append(Report('x'))\n    return t.format(**values)\n",
    ],
)
def test_an_item_of_a_new_container_may_still_be_the_callers_own(tail: str) -> None:
    assert "computed-format-string" in rules(_REPORT + tail)


def test_objects_stored_into_new_containers_of_the_tools_own_keep_a_caller_template_allowed() -> None:
    source = """
    from collections import Counter, defaultdict

    class Cell:
        def __init__(self, text):
            self.text = text

    def render_rows(row_template: str, rows: list[dict]) -> str:
        return "\\n".join(row_template.format_map(row) for row in rows)

    def table(rows: list[dict], columns: list[str]) -> dict:
        widths = defaultdict(int)
        cells = {}
        seen = Counter()
        for row in rows:
            for col in columns:
                text = str(row.get(col, ""))
                widths[col] = max(widths[col], len(text), len(col))
                cells[col] = Cell(text)
                seen[col] += 1
        return {"widths": dict(widths), "cells": cells, "seen": seen}
    """
    assert rules(source) == set()
