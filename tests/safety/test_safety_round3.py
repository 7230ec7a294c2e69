"""The rules a third red-team round led to, each with its smallest hostile case and the ordinary code next
to it that still passes. The full tools are in corpus/hostile_round3 and corpus/ordinary_round3."""

from __future__ import annotations

import pytest
from support import rules

from genesis_mcp.safety import DEFAULT_POLICY


@pytest.mark.parametrize(
    "template",
    ["{g［.gi_frame.f_globals}", "{k：.gi_frame.f_globals}", "｝ {0.gi_frame.f_globals}", "{x！.gi_frame.f_locals}"],
)
def test_format_fields_are_read_as_str_format_reads_them_not_only_normalised(template: str) -> None:
    assert rules(f"def f(g):\n    return {template!r}.format(g, **{{}})\n") == {"format-string-attribute"}


@pytest.mark.parametrize(
    "source",
    [
        "def render(*, t, v):\n    return t.format(v)\ndef tool(x):\n    return render(t=x.strip(), v=1)\n",
        "def deco(f):\n    return f\n@deco\ndef render(t, v):\n    return t.format(v)\n",
        "import dataclasses\n@dataclasses.dataclass\nclass L:\n    t: str = '{0}'\n    def show(self, v):\n"
        "        return self.t.format(v)\n",
        "class T:\n    def __new__(cls, s):\n        return s\n    def format(self, *a):\n        return ''\n"
        "def tool(s):\n    return T(s).format(1)\n",
        "T = {'row': '{0}'}\nclass S:\n    def __eq__(self, o):\n        return True\nS() == T\nT['row'].format(1)\n",
    ],
)
def test_templates_that_only_look_literal_are_refused(source: str) -> None:
    assert "computed-format-string" in rules(source)


@pytest.mark.parametrize(
    "source",
    [
        "import operator\nclass P:\n    def __eq__(self, o):\n        return True\nP() == type(operator.itemgetter(0))\n",  # noqa: E501
        "import operator\nclass I:\n    def __getitem__(self, k):\n        return k\nI()[type(operator.itemgetter(0))]\n",  # noqa: E501
        "import operator\n{}.get(1, type(operator.itemgetter(0)))\n",
        "import operator\nclass B:\n    def __contains__(self, i):\n        return True\n"
        "operator.itemgetter(0).__class__ in B()\n",
        "def kind(self):\n    return type(self)\n",
        "class R:\n    @classmethod\n    def meta(cls):\n        return type(cls)\n",
        "class S:\n    def kind(self):\n        return type(self)\nAlias = S\nAlias.kind(1)\n",
        "import typing\nX = typing.Type[int]\n",
        "from abc import ABCMeta as Factory\nclass Meta(Factory):\n    pass\n",
        "def ABCMeta(n, b, ns):\n    return ns\nclass H(metaclass=ABCMeta):\n    pass\n",
        "import enum\nclass Kind(enum.Enum):\n    pass\n",
        "import dataclasses\nclass C:\n    pass\ndataclasses.dataclass()(C)\n",
        "import dataclasses\n@dataclasses.dataclass\nclass O:\n    factory: type = dict\n",
        "import dataclasses\nX = dataclasses.InitVar[type].type\n",
    ],
)
def test_ways_to_a_class_factory_or_a_foreign_class_are_refused(source: str) -> None:
    assert "class-machinery" in rules(source)


@pytest.mark.parametrize(
    ("source", "rule"),
    [
        ("import json\njson.JSONEncoder.encode = print\n", "module-mutation"),
        (
            "import dataclasses\n@dataclasses.dataclass\nclass B:\n    x: int = 0\ndataclasses.fields(B)[0].name = 'y'\n",  # noqa: E501
            "module-mutation",
        ),
        ("import typing\nRow = typing.TypedDict('Row', {'keys(),exec(x)': int})\n", "computed-attribute-name"),
        ("import collections\nG = collections.namedtuple('G', field_names=['gi_frame'])\n", "introspection-attribute"),
        ("class Box:\n    pass\nBox._module = property(print)\n", "private-attribute"),
        (
            "import functools\nh = functools.singledispatch(len)\ndef d(f):\n    return f\n@d\ndef g(v: int):\n"
            "    return v\nh.register(g)\n",
            "string-annotation",
        ),
        (
            "import functools, types\nb = types.SimpleNamespace(src=len)\ndef r(v):\n    return v\n"
            "functools.wraps(b.src)(r)\n",
            "string-annotation",
        ),
    ],
)
def test_shared_objects_field_names_and_copied_annotations_are_judged(source: str, rule: str) -> None:
    assert rule in rules(source)


def test_the_ordinary_code_around_these_rules_still_passes() -> None:
    source = """
    import copy
    from decimal import Decimal, getcontext

    getcontext().prec = 28
    MESSAGES = {"one": "{n} item", "many": "{n} items"}
    HANDLERS = {int: str, float: repr}

    class Money:
        TEMPLATE = "{amount} {currency}"

        def __init__(self, amount, currency="EUR"):
            self.amount, self.currency = Decimal(amount), currency
            self._history = []

        def __add__(self, other):
            return type(self)(self.amount + other.amount, self.currency)

        def __eq__(self, other):
            return other.__class__ == self.__class__ and self.amount == other.amount

        def copy_with_note(self, note):
            new = copy.copy(self)
            new._history = self._history + [note]
            return new

        def describe(self):
            return self.TEMPLATE.format(amount=self.amount, currency=self.currency)

    def plural(n: int) -> str:
        template = MESSAGES["one"] if n == 1 else MESSAGES["many"]
        return template.format(n=n) if "one" in MESSAGES else ""

    def show(value) -> str:
        if type(value) in (int, float):
            return HANDLERS[type(value)](value)
        return f"{type(value)}: {value!r}"

    a, b = Money("1.50"), Money("2.25")
    total = a + b
    print(total.describe(), a == b, a.copy_with_note("x")._history, plural(2), show(3))
    """
    assert rules(source) == set()


def test_typing_introspection_that_hands_out_classes_is_not_in_the_default_policy() -> None:
    assert not {"get_origin", "get_args"} & set(DEFAULT_POLICY.modules["typing"])


def test_time_zone_attributes_that_read_the_environment_or_disk_are_not_in_the_default_policy() -> None:
    # time.tzname/timezone come from TZ; zoneinfo.TZPATH from PYTHONTZPATH, available_timezones lists disk
    assert not {"tzname", "timezone", "daylight", "altzone"} & set(DEFAULT_POLICY.modules["time"])
    assert not {"TZPATH", "available_timezones"} & set(DEFAULT_POLICY.modules["zoneinfo"])
