"""The rules the twenty-second and twenty-third red-team rounds led to (fresh readers: 22 working escapes
through 11 ways a method's self could be something else than its own object, and 7 through 5 special cases):
their smallest hostile cases. The full tools are in corpus/hostile_round22 (r22_*, r23_*)."""

from __future__ import annotations

import pytest
from support import rules

# A method that trusts self: for a namedtuple self with FIELDS = ["__globals__"], getattr reads globals.
_READER = """
class Reader:
    FIELDS = ("name",)

    def fetch(self, fn):
        return [getattr(fn, key) for key in self.FIELDS]
"""
_CALL = "\ndef call_read(k, obj, fn):\n    return k.fetch(obj, fn)\n"


@pytest.mark.parametrize(
    "tail",
    [
        # a class handed out without its name used as a value
        "    class Inner:\n        pass\n",  # nested: read as self.Inner
        "    @classmethod\n    def parent(cls):\n        return super()\n",  # super() kept
        "    as_class = classmethod(lambda k: k)\n",  # classmethod used other than as a decorator
        "def keep(c):\n    return c\n@keep\nclass Other:\n    pass\n",  # a class decorator of the tool's
        "def probe(spy):\n    return Reader == spy\n",  # spy.__eq__ gets the class
        "def probe(spy):\n    return spy[Reader]\n",
        "class Guard:\n    def __enter__(self):\n        return self\n    def __exit__(self, kind, exc, tb):\n"
        "        self.kind = kind\n",  # an exception class of the tool's
        "import warnings\ndef caught(w):\n    return w.category\n",
        "import enum\nE = enum.Enum('E', 'A', type=Reader)\n",
    ],
)
def test_a_class_reaching_a_parameter_any_way_stops_trusting_self(tail: str) -> None:
    assert rules(_READER + tail + _CALL) & {"computed-attribute-name", "class-machinery"}


@pytest.mark.parametrize(
    "tail",
    [
        # the method runs with another self: read as self.fetch in a method called through its class
        "class Other:\n    def go(self, obj, fn):\n        return self.fetch(obj, fn)\n"
        "def run(obj, fn):\n    return Other.go(Reader, obj, fn)\n",
        # super().fetch in a method called on a class
        "class Sub(Reader):\n    def go(self, obj, fn):\n        return super().fetch(fn)\n"
        "def run(fn):\n    return Sub.go(Sub, None, fn)\n",
        # read off the class by a run-time name
        "def run(kind, obj, fn):\n    return getattr(Reader, 'fet' + kind)(obj, fn)\n",
    ],
)
def test_a_method_reached_with_another_self_is_not_trusted(tail: str) -> None:
    assert rules(_READER + tail) & {"computed-attribute-name", "class-machinery"}


@pytest.mark.parametrize(
    ("source", "rule"),
    [
        # "visit_" + k begins with the prefix unless k's own __radd__ says otherwise
        ("class K(str):\n    def __radd__(self, other):\n        return other\n"
         "def f(o, k):\n    return getattr(o, 'visit_' + k)\n", "computed-attribute-name"),
        # setattr by a prefixed run-time name may replace a class constant
        ("class R:\n    T = '{0}'\n    def show(self, x):\n        return self.T.format(x)\n"
         "def poison(r, k, v):\n    setattr(r, 'T' + k, v)\n", "computed-format-string"),
        # under future annotations typing evaluates a registered function's annotations in module globals
        ("from __future__ import annotations\nfrom functools import singledispatch\nclass Grab:\n"
         "    def __getitem__(self, item):\n        return int\nProbe = Grab()\n@singledispatch\n"
         "def f(x):\n    pass\ndef outer():\n    class Probe:\n        pass\n    @f.register\n"
         "    def _(x: Probe[int]):\n        pass\n", "string-annotation"),
    ],
)
def test_round_23_special_cases_hold(source: str, rule: str) -> None:
    assert rule in rules(source)


def test_the_ordinary_object_code_next_to_these_rules_still_passes() -> None:
    source = """
    from dataclasses import dataclass

    @dataclass
    class Money:
        cents: int

        def __add__(self, other):
            return type(self)(self.cents + other.cents)

        def scaled(self, k):
            return type(self)(self.cents * k)

        def doubled(self):
            return self.scaled(2)

        @classmethod
        def parse(cls, text):
            return cls(int(text))

    class Visitor:
        def visit(self, node):
            return getattr(self, "visit_" + type(node).__name__, self.generic)(node)

        def generic(self, node):
            return node

    class Session:
        def __enter__(self):
            return self

        def __exit__(self, exc_type, exc, tb):
            return exc_type is None

    def total(items):
        first = items[0]
        out = first.doubled()
        for item in items[1:]:
            out = out + item
        return out
    """
    assert rules(source) == set()
