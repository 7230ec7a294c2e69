"""Dispatch code the blind writers of round 15 found refused: a registry's own register method given data,
classes registered by module path, type(None) in registered annotations and in tuples of classes, and a
template looked up with .get and a literal default. Each passes now; the hostile forms next to them do not."""

from __future__ import annotations

import pytest
from support import rules


def test_ordinary_dispatch_code_passes() -> None:
    source = """
    import datetime as dt
    from functools import singledispatch

    SCALARS = (str, int, float, type(None))
    SEP = {"left": "{:<10}", "right": "{:>10}"}

    class Units:
        def __init__(self):
            self.units = {}

        def register(self, unit, kind, factor, aliases):
            self.units[unit] = (kind, factor, aliases)
            return self

    class Encoder:
        def __init__(self):
            self.by_type = {}

        def register(self, t):
            def deco(fn):
                self.by_type[t] = fn
                return fn
            return deco

    enc = Encoder()
    Units().register("m", "length", 1, ["meter", "metre"])

    @enc.register(dt.date)
    def _date(value):
        return value.isoformat()

    @singledispatch
    def show(value):
        return str(value)

    @show.register
    def _(value: type(None)):
        return "-"

    def is_scalar(value):
        return type(value) in SCALARS

    def cell(text, align):
        return SEP.get(align, "{}").format(text)
    """
    assert rules(source) == set()


@pytest.mark.parametrize(
    ("source", "rule"),
    [
        ("from functools import singledispatch\n@singledispatch\ndef f(x):\n    pass\nclass H:\n    K = int\n"
         "f.register(H.K)\n", "string-annotation"),
        ("T = {'a': '{0}'}\ndef f(k, d, x):\n    return T.get(k, d).format(x)\n", "computed-format-string"),
        ("T = {'a': '{0}'}\ndef f(k, x):\n    T['a'] = k\n    return T.get(k, '').format(x)\n",
         "computed-format-string"),
        ("def type(x):\n    return x\nS = (int, type(None))\n", "class-machinery"),
    ],
)
def test_the_hostile_forms_next_to_them_are_still_refused(source: str, rule: str) -> None:
    assert rule in rules(source)
