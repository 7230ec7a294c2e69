"""The rules the sixteenth and seventeenth red-team rounds led to (fresh readers: 9 working escapes through
5 holes in how the checker rebuilds Python's scopes; 5 through 2 holes in what allowed libraries hand out),
and one found alongside them: their smallest hostile cases. The full tools are in corpus/hostile_round16."""

from __future__ import annotations

import pytest
from support import rules

from genesis_mcp.safety import DEFAULT_POLICY, check

_HELPER = "def helper():\n    return 1\n"


@pytest.mark.parametrize(
    ("source", "rule"),
    [
        # global/nonlocal in a class body: its defs are no methods, and its methods do not see it
        ("class C:\n    global kind_of\n    def kind_of(self):\n        return type(self)\n", "class-machinery"),
        ("def outer(s):\n    tpl = s\n    class C:\n        global tpl\n        def show(self, f):\n"
         "            return tpl.format(f)\n    return C\n", "class-machinery"),
        # chr and str are folded as the builtins
        ("def chr(n):\n    return n\ng = getattr(helper, chr(110))\n", "forbidden-builtin"),
        ("def f(x, str):\n    return getattr(x, str(1))\n", "forbidden-builtin"),
        # at module level a later (or dead) binding leaves the builtin in place until it runs
        ("maker = type\nclass type:\n    pass\n", "class-machinery"),
        ("@type\nclass Box:\n    pass\ndef type(x):\n    return x\n", "decorator-not-allowed"),
        # what made a value is looked up where the value was bound, not where it is used
        (
            "def Fmt(text):\n    return text\ndef outer(fn, s):\n    obj = Fmt(s)\n    def inner():\n"
            "        class Fmt:\n            def format(self, *args):\n                return ''\n"
            "        return obj.format(fn)\n    return inner()\n",
            "computed-format-string",
        ),
        (
            "class Grab:\n    def __getitem__(self, key):\n        return key\ndef outer(x):\n"
            "    def dict():\n        return Grab()\n    table = dict()\n    def inner():\n        global dict\n"
            "        return table[type(x)]\n    return inner()\n",
            "class-machinery",
        ),
        # type(self) handed out as a value makes a method callable with a class as self
        ("class T:\n    def scaled(self, k):\n        return type(self)\n    def leak(self):\n"
         "        kls = type(self)\n        return kls.scaled(kls, 2)\n", "class-machinery"),
    ],
)
def test_the_checker_sees_the_binding_python_uses(source: str, rule: str) -> None:
    assert rule in rules(_HELPER + source)


def test_the_ordinary_code_next_to_these_rules_still_passes() -> None:
    source = """
    from dataclasses import dataclass

    @dataclass
    class Money:
        cents: int

        def __add__(self, other):
            return type(self)(self.cents + other.cents)

        def scaled(self, k):
            return type(self)(self.cents * k)

        @classmethod
        def parse(cls, text):
            return cls(int(text))

    def total(items):
        first = items[0]
        out = first.scaled(1)
        for item in items[1:]:
            out = out + item
        return out

    counter = 0

    def bump():
        global counter
        counter += 1
        return str(counter) + chr(65)
    """
    assert rules(source) == set()


@pytest.mark.parametrize(
    "source",
    [
        # wraps(f) returns partial(update_wrapper, ...): its .func, or a call replacing the names it was given
        "import functools\ndef run(names):\n    return functools.wraps(len).func\n",
        "import functools\ndef sink():\n    pass\ndef run(names):\n"
        "    functools.wraps(len, assigned=(), updated=())(sink, updated=names)\n",
        "from functools import wraps\ndef run(f):\n    w = wraps(f)\n    return w\n",
    ],
)
def test_what_wraps_returns_only_decorates_or_is_called_at_once(source: str) -> None:
    assert "computed-attribute-name" in rules(source)


def test_wraps_as_it_is_used_passes() -> None:
    source = """
    import functools

    def logged(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            return func(*args, **kwargs)
        return wrapper

    def copy_meta(src, dst):
        return functools.wraps(src, updated=())(dst)
    """
    assert rules(source) == set()


_LOGGING = DEFAULT_POLICY.with_permissions(["logging"])


@pytest.mark.parametrize(
    "call",
    [
        "log.warning('m', extra={key: value})",
        "log.warning('m', extra=dict(key=value))",
        "log.info('m', extra={'__reduce_ex__': value})",
        "log.log(20, 'm', **options)",
    ],
)
def test_with_the_logging_permission_extra_may_not_set_record_attributes_by_run_time_names(call: str) -> None:
    source = f"import logging\nlog = logging.getLogger('t')\ndef run(key, value, options):\n    {call}\n"
    assert "computed-attribute-name" in {f.rule for f in check(source, _LOGGING).findings}


def test_with_the_logging_permission_plain_extra_keys_pass() -> None:
    source = "import logging\nlog = logging.getLogger('t')\ndef run(user):\n    log.info('m', extra={'user': user})\n"
    assert check(source, _LOGGING).safe
