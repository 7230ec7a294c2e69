"""The rules the fourth and fifth red-team rounds led to: their smallest hostile cases. The full tools are in
corpus/hostile_round4 and hostile_round5; the ordinary code next to these rules is in test_safety_round3.py."""

from __future__ import annotations

import pytest
from support import rules


@pytest.mark.parametrize(
    ("source", "rule"),
    [
        # type and metaclasses compared or indexed reach the other side's __eq__/__getitem__
        ("class G:\n    def __getitem__(self, k):\n        return k\nm = G()[type]\n", "class-machinery"),
        (
            "import abc\nclass C:\n    def __eq__(self, o):\n        return True\nC() == abc.ABCMeta\n",
            "class-machinery",
        ),
        (
            "class G:\n    def __getitem__(self, k):\n        return k\nclass M(G()[type]):\n    pass\n",
            "class-machinery",
        ),
        (
            "import functools\nh = functools.singledispatch(len)\n@h.register\ndef _(v: type):\n    return v\n",
            "class-machinery",
        ),
        # a method read on something that may be the class
        ("class S:\n    def k(self):\n        return type(self)\nf = (S or S).k(S)\n", "class-machinery"),
        (
            "import operator\nclass S:\n    def k(self):\n        return type(self)\noperator.attrgetter('k')(S)(S)\n",
            "class-machinery",
        ),
        ("def f(c=int):\n    return type(c)[int]\n", "class-machinery"),
        # shared library classes changed by setattr, a loop or a with target
        ("import json\nsetattr(json.JSONEncoder, 'item_separator', 'x')\n", "module-mutation"),
        ("import json\nfor e in [json.JSONEncoder]:\n    e.item_separator = 'x'\n", "module-mutation"),
        (
            "import contextlib, json\nwith contextlib.nullcontext(json.JSONDecoder) as d:\n    d.decode = print\n",
            "module-mutation",
        ),
        # attributes planted by name, and copied annotations
        ("import types\nn = types.SimpleNamespace(**{k: 1})\n", "computed-attribute-name"),
        (
            "import functools, types\ndef h(v):\n    return v\nfunctools.wraps(wrapped=x)(h)\ns = functools.singledispatch(len)\n"  # noqa: E501
            "s.register(h)\n",
            "string-annotation",
        ),
    ],
)
def test_fourth_round_escapes_are_refused(source: str, rule: str) -> None:
    assert rule in rules(source)


def test_a_class_factory_classmethod_makes_an_object_the_method_can_trust() -> None:
    source = """
    class Version:
        def __init__(self, major):
            self.major = major

        @classmethod
        def parse(cls, text):
            return cls(int(text))

        def bump(self):
            return type(self)(self.major + 1)

    print(Version.parse("1").bump().major, ", ".join(["a", "b"]))
    """
    assert rules(source) == set()


@pytest.mark.parametrize(
    "binding",
    [
        "__match_args__, label = ('_module',), 'q'",
        "label = (__match_args__ := ('_module',))",
        "__match_args__ = ()\n    __match_args__ += ('_module',)",
        "for __match_args__ in [('_module',)]:\n        pass",
        "*rest, __match_args__ = 1, ('_module',)",
    ],
)
def test_match_args_may_only_be_assigned_constant_names(binding: str) -> None:
    source = f"import warnings\nclass Quiet(warnings.catch_warnings):\n    {binding}\n"
    assert "class-machinery" in rules(source)
    assert rules("class P:\n    __match_args__ = ('x', 'y')\n    x: int = 0\n    y: int = 0\n") == set()


@pytest.mark.parametrize(
    "source",
    [
        "import enum, functools\nL = functools.partial(enum.Enum, 'L')(members)\n",
        "import enum\nS = enum.Enum.__call__('S', pairs)\n",
        "import enum, itertools\nE = list(itertools.starmap(enum.Enum, specs))\n",
    ],
)
def test_enum_factories_are_only_called_directly(source: str) -> None:
    # round 7: the functional API through partial, __call__ or starmap skipped the constant-names rule
    assert "class-machinery" in rules(source)
    assert rules("import enum\nclass C(enum.Enum):\n    A = 1\nok = isinstance(C.A, enum.Enum)\n") == set()


def test_catch_warnings_display_functions_stay_closed_however_the_object_is_reached() -> None:
    # round 7: they read any file's lines through linecache
    source = "import warnings\nclass S:\n    def __init__(self):\n        self._showwarning = None\n"
    assert "private-attribute" in rules(source + "def f(g):\n    return g._showwarning\n")
    assert rules("def f(h) -> bool:\n    return type(None) not in h\n") == set()
