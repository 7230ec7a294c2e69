"""The ninth round: ordinary code a second blind writer found refused, which passes now, next to the hostile
variants of each; and the smallest cases of the ninth red-team round's escapes (full tools in
corpus/hostile_round9)."""

from __future__ import annotations

import pytest
from support import rules


def test_class_constants_annotated_with_class_var_are_literal_templates() -> None:
    source = """
    from dataclasses import dataclass
    from typing import ClassVar


    @dataclass
    class Box:
        TOP: ClassVar[str] = "+{rule}+"
        registry: ClassVar[dict[str, type[object]]] = {}
        width: int = 10

        def top(self) -> str:
            return self.TOP.format(rule="-" * self.width)
    """
    assert rules(source) == set()


def test_ordinary_code_a_blind_writer_found_refused_now_passes() -> None:
    source = """
    import copy
    from collections import defaultdict, deque
    from dataclasses import dataclass
    from decimal import Decimal


    @dataclass
    class Customer:
        arrival: int
        start: int = 0


    def serve(customers: list[Customer]) -> int:
        waiting = deque(customers)
        clock = 0
        while waiting:
            c = waiting.popleft()
            c.start = max(clock, c.arrival)
            clock = c.start + 1
        return clock


    class Money(tuple):
        def __new__(cls, amount, currency="EUR"):
            return super().__new__(cls, (Decimal(str(amount)), currency))

        @classmethod
        def zero(cls, currency="EUR"):
            return cls(0, currency)

        def __add__(self, other):
            return type(self)(self[0] + other[0], self[1])

        def split(self, parts):
            return [type(self)(self[0] / parts, self[1]) for _ in range(parts)]


    class Vector:
        def __init__(self, items):
            self.items = list(items)

        def __copy__(self):
            clone = type(self).__new__(type(self))
            clone.items = self.items
            return clone

        def __deepcopy__(self, memo):
            cls = type(self)
            clone = cls.__new__(cls)
            clone.items = copy.deepcopy(self.items, memo)
            return clone

        def scaled(self, k):
            return type(self)(x * k for x in self.items)


    class Bus:
        def __init__(self):
            self._subs = defaultdict(list)

        def publish(self, event):
            return len(self._subs.get(type(event), []))


    class SafeDict(dict):
        def __missing__(self, key):
            return "{" + key + "}"


    def render(template: str, rows: list[dict]) -> list[str]:
        out = []
        for row in rows:
            values = dict(row)
            out.append(template.format_map(SafeDict(values)))
        return out


    def run(total: str, people: int) -> list:
        money = Money.zero() + Money(total)
        return [money.split(people), copy.deepcopy(Vector([1, 2])).scaled(2), Bus().publish(1)]
    """
    assert rules(source) == set()


@pytest.mark.parametrize(
    ("source", "rule"),
    [
        # a ClassVar of the tool's own makes a dataclass field look like a class constant
        ("class ClassVar:\n    pass\nclass A:\n    T: ClassVar[type] = None\n", "class-machinery"),
        # a base class's __new__ may return anything: a subclass's objects are no objects then
        (
            "import functools\nclass M:\n    def __new__(cls):\n        return print\nclass S(M):\n    pass\n"
            "@functools.singledispatch\ndef d(x):\n    return x\nd.register(S())\n",
            "string-annotation",
        ),
        # the tool hands its own memo to a __deepcopy__ that passes it on to copy.deepcopy
        (
            "import copy, warnings\nclass V:\n    def __deepcopy__(self, memo):\n"
            "        return copy.deepcopy(warnings.catch_warnings(), memo)\n"
            "    def leak(self, m):\n        return self.__deepcopy__(m)\n",
            "private-attribute",
        ),
        # an attribute that is not surely a plain dict gets type(x) as a key
        (
            "class K:\n    def get(self, k, d=None):\n        return k\nclass B:\n    def __init__(self):\n"
            "        self.t = K()\n    def f(self, e):\n        return self.t.get(type(e))\n",
            "class-machinery",
        ),
        (
            "class B:\n    def __init__(self, keeper):\n        self.t = {}\n        setattr(self, 't', keeper)\n"
            "    def f(self, e):\n        return self.t.get(type(e))\n",
            "class-machinery",
        ),
        # dict(row) is a copy of the caller's data only while dict is the builtin
        (
            "def dict(x):\n    return {'r': x}\ndef render(t, row):\n    values = dict(row)\n"
            "    return t.format(**values)\n",
            "computed-format-string",
        ),
    ],
)
def test_the_hostile_variants_of_those_stay_refused(source: str, rule: str) -> None:
    assert rule in rules(source)


@pytest.mark.parametrize(
    ("source", "rule"),
    [
        # SimpleNamespace takes any names: only called directly under its own name
        ("from types import SimpleNamespace as Bag\nb = Bag(**{k: 1})\n", "computed-attribute-name"),
        ("import functools, types\nm = functools.partial(types.SimpleNamespace, **{k: 1})\n", "computed-attribute-name"),  # noqa: E501
        ("import types\nclass Bag(types.SimpleNamespace):\n    pass\n", "computed-attribute-name"),
        ("from types import SimpleNamespace\ns = SimpleNamespace()\nSimpleNamespace.__init__(s, **{k: 1})\n", "dunder-attribute"),  # noqa: E501
        # class decorators of the tool may return anything
        (
            "import functools\ndef swap(c):\n    return print\n@swap\nclass H:\n    pass\n"
            "@functools.singledispatch\ndef d(x):\n    return x\nd.register(H)\n",
            "string-annotation",
        ),
        (
            "import functools\ndef dataclass(c):\n    return print\n@dataclass\nclass M:\n    pass\n"
            "@functools.singledispatch\ndef d(x):\n    return x\nd.register(M())\n",
            "string-annotation",
        ),
        ("def f(c):\n    return print\n@f\nclass P:\n    pass\ndef g(k):\n    return type(k) == P\n", "class-machinery"),  # noqa: E501
        # __new__ assigned in a class body
        (
            "import functools\ndef give(cls):\n    return print\nclass M:\n    __new__ = give\n"
            "@functools.singledispatch\ndef d(x):\n    return x\nd.register(M())\n",
            "string-annotation",
        ),
        # arguments unpacked where names or memos are judged
        ("import enum\nE = enum.Enum('E', **{'names': {k: 1}})\n", "class-machinery"),
        ("import copy\ndef f(x, m):\n    return copy.deepcopy(*(x, m))\n", "private-attribute"),
        ("import copy\ndef f(x, m):\n    return copy.deepcopy(x, **{'memo': m})\n", "private-attribute"),
        # type(x) handed to library objects that keep it
        ("from keyword import kwlist\ndef f(k):\n    return type(k) in kwlist\n", "class-machinery"),
        ("from collections import defaultdict\ndef f(k):\n    t = defaultdict(int)\n    return t[type(k)]\n", "class-machinery"),  # noqa: E501
        ("from collections import ChainMap\ndef f(k, m):\n    t = ChainMap(m)\n    return t[type(k)]\n", "class-machinery"),  # noqa: E501
        ("from typing import Type\ndef f(s):\n    return Type in [s]\n", "class-machinery"),
        # type(self) where self is not the object
        ("class B:\n    def __new__(self):\n        return type(self)\n", "class-machinery"),
        ("import enum\nclass C(enum.Enum):\n    R = 1\n    def _missing_(self):\n        return type(self)\n", "class-machinery"),  # noqa: E501
        (
            "class B:\n    def kind(self):\n        return type(self)\ndef f(o):\n    match o:\n"
            "        case object(kind=k):\n            return k\n",
            "class-machinery",
        ),
        (
            "class B:\n    def kind(self):\n        return type(self)\n    @staticmethod\n    def grab(self):\n"
            "        return self.kind\nB.grab(B)\n",
            "class-machinery",
        ),
        ("class B:\n    def kind(self):\n        return type(self)\ndef call(h):\n    return h.kind(h)\ncall(B)\n", "class-machinery"),  # noqa: E501
        # annotations run
        ("spy = S()\ndef f(v: spy == type):\n    return v\n", "class-machinery"),
        ("spy = S()\ndef f(v: spy | type):\n    return v\n", "class-machinery"),
        ("import types\nh = types.SimpleNamespace(k=K())\ndef f(v: h.k[type]):\n    return v\n", "class-machinery"),
        ("import functools\nk = functools.reduce(g, [0])\ndef f(v: k[type]):\n    return v\n", "class-machinery"),
        # caller templates filled with more than the caller's data
        ("def r(t, values):\n    item = values.get('i', R())\n    return t.format(item=item)\n", "computed-format-string"),  # noqa: E501
        ("def r(t, values):\n    values.__setitem__('i', R())\n    return t.format_map(values)\n", "computed-format-string"),  # noqa: E501
        ("def r(t, values):\n    box = [values]\n    box[0]['i'] = R()\n    return t.format(**values)\n", "computed-format-string"),  # noqa: E501
        ("def r(t, values):\n    for item in [values, R()]:\n        pass\n    return t.format(item=item)\n", "computed-format-string"),  # noqa: E501
        (
            "class make:\n    format: str = 'x'\ndef make(k):\n    return k\ndef r(k, o):\n    opts = make(k)\n"
            "    return opts.format(o)\n",
            "computed-format-string",
        ),
    ],
)
def test_ninth_round_escapes_are_refused(source: str, rule: str) -> None:
    assert rule in rules(source)


def test_string_formatter_may_only_split_a_template() -> None:
    source = "import string\ndef fields(t):\n    return [f for _, f, _, _ in string.Formatter().parse(t) if f]\n"
    assert rules(source) == set()
    assert "module-attribute" in rules("import string\nf = string.Formatter()\n")
    assert "module-attribute" in rules("import string\nclass F(string.Formatter):\n    pass\n")
    assert "module-attribute" in rules("import string\nx = string.Formatter().vformat('{0}', [1], {})\n")
