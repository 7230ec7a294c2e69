"""The rules the twenty-fourth and twenty-fifth red-team rounds led to (5 working escapes through a class
held by a classmethod parameter under another name and ClassVar under future annotations; 5 through library
functions storing into their first argument and dict keys slipped into the caller's data), and the false
alarms round 17's blind writers found next to them."""

from __future__ import annotations

import pytest
from support import rules

_BOX = "class Box:\n    def __init__(self):\n        self.v = 1\n"


@pytest.mark.parametrize(
    "source",
    [
        # a classmethod's first parameter under another name, used as a receiver
        "class R:\n    def show(self):\n        return type(self)\n    @classmethod\n    def leak(klass, obj):\n"
        "        return klass.show(obj)\n",
        # under future annotations a ClassVar is a string dataclasses resolves when it runs
        "from __future__ import annotations\nfrom dataclasses import dataclass\n@dataclass\nclass R:\n"
        "    FIELDS: ClassVar[tuple] = ('name',)\n    def read(self, fn):\n"
        "        return [getattr(fn, k) for k in self.FIELDS]\nfrom typing import ClassVar\n",
    ],
)
def test_round_24_holes_stay_closed(source: str) -> None:
    assert rules(source) & {"class-machinery", "computed-attribute-name"}


@pytest.mark.parametrize(
    "tail",
    [
        "import heapq\ndef render(t, items):\n    heapq.heappush(items, Box())\n    return t.format(*items)\n",
        "from bisect import insort\ndef render(t, items):\n    insort(items, Box())\n    return t.format(*items)\n",
        "from heapq import heappush as push\ndef render(t, items):\n    push(items, Box())\n"
        "    return t.format(*items)\n",
        "def render(t, values):\n    values[Box()] = 1\n    return t.format(*list(values))\n",
    ],
)
def test_a_caller_template_is_not_filled_with_data_an_object_was_slipped_into(tail: str) -> None:
    assert rules(_BOX + tail) & {"computed-format-string", "computed-attribute-name"}


def test_results_kept_in_new_lists_of_the_tools_own_do_not_stop_a_caller_template() -> None:
    source = """
    class Defaulting(dict):
        def __missing__(self, key):
            return "{" + key + "}"

    def fill(template: str, data: dict) -> str:
        return template.format_map(Defaulting(data))

    def table(rows: list, template: str, header: str = "") -> str:
        lines = [header] if header else []
        lines.extend(fill(template, row) for row in rows)
        seen = ["x"]
        seen.append(fill(template, rows[0]))
        return "\\n".join(lines + seen)
    """
    assert rules(source) == set()


@pytest.mark.parametrize(
    "source",
    [
        # _ignore_ bound other than by a plain assignment still drops RED: the Enum has no members
        "from enum import Enum\nclass Kind(Enum):\n    _ignore_: list = ['RED']\n    RED = 1\n",
        "from enum import Enum\nclass Kind(Enum):\n    (_ignore_ := 'RED')\n    RED = 1\n",
        # an __exit__ assigned, or with a positional-only self, still gets the exception class
        "class G:\n    def kind(self):\n        return type(self)\ndef leave(s, k, v, t):\n    return k\n"
        "class C:\n    __exit__ = leave\ndef run(k, x):\n    return k.kind(x)\n",
        "class G:\n    def kind(self):\n        return type(self)\nclass C:\n    def __exit__(self, /, k, v, t):\n"
        "        k.kind(k)\ndef run(k, x):\n    return k.kind(x)\n",
    ],
)
def test_round_26_holes_stay_closed(source: str) -> None:
    assert "class-machinery" in rules(source)


@pytest.mark.parametrize(
    "source",
    [
        # a library class's Python method read off the class runs with a class as self: type(int)
        "from collections import Counter\ndef a():\n    return Counter.copy(int)\n",
        "import collections\ndef b():\n    return collections.UserList.copy(str)\n",
        "from collections import ChainMap\ndef c(holder):\n    return ChainMap.new_child(holder, 'Made')\n",
        "from collections import Counter\nclass MyC(Counter):\n    pass\ndef d():\n    return MyC.copy(int)\n",
        "from collections import Counter\ndef e(kinds):\n    return list(map(Counter.copy, kinds))\n",
        # AsyncExitStack.push_async_exit calls back with the exception class, as push does
        "import contextlib\nclass T:\n    def show(self):\n        return type(self)\n"
        "async def f(stack: contextlib.AsyncExitStack, cb):\n    stack.push_async_exit(cb)\n"
        "def run(k, x):\n    return k.show(x)\n",
    ],
)
def test_round_27_holes_stay_closed(source: str) -> None:
    assert "class-machinery" in rules(source)


def test_a_library_method_called_on_self_through_its_class_passes() -> None:
    source = """
    import collections
    import json

    class Settings(collections.UserDict):
        def copy(self):
            return collections.UserDict.copy(self)

    class Encoder(json.JSONEncoder):
        def default(self, o):
            if isinstance(o, set):
                return sorted(o)
            return json.JSONEncoder.default(self, o)
    """
    assert rules(source) == set()


@pytest.mark.parametrize(
    "source",
    [
        # a library class whose methods build from self.__class__, handed around any way
        "from collections import Counter\ndef a():\n    kind = Counter\n    return kind.copy(int)\n",
        "from collections import Counter\ndef b(k=Counter):\n    return k\n",
        "from collections import Counter\nimport copy\ndef c():\n    return copy.copy(Counter)\n",
        "import typing\ndef d():\n    return typing.Counter.copy(int)\n",
        "import typing\nclass Sub(typing.Counter[int]):\n    pass\ndef e():\n    return Sub.copy(int)\n",
        # super(C, C) is the plain function of the base
        "from collections import Counter\nclass C(Counter):\n    def f(self):\n        return super(C, C).copy(int)\n",
        # a function's parameter spelled self is no object of a class
        "from collections import Counter\ndef f(self):\n    return Counter.copy(self)\n",
        # __slots__ must be written out: copy reads and sets the slots by their names
        "SLOTS = ['value']\nclass Box:\n    __slots__ = SLOTS\n",
        "class Box:\n    __slots__ = ('value', '__getattr__')\n",
    ],
)
def test_round_28_and_29_holes_stay_closed(source: str) -> None:
    assert rules(source) & {"class-machinery", "computed-attribute-name", "dunder-attribute"}


def test_library_classes_called_and_subclassed_as_usual_pass() -> None:
    source = """
    from collections import ChainMap, Counter, UserDict, defaultdict
    from fractions import Fraction

    Number = int | float | Fraction

    class Config(UserDict):
        __slots__ = ()

    def count(words):
        counts = Counter(words)
        merged = ChainMap({"a": 1}, dict(counts))
        halves = [Fraction(n, 2) for n in counts.values()]
        groups = defaultdict(list)
        for word in words:
            groups[word[:1]].append(word)
        return counts.most_common(3), dict(merged), halves, isinstance(counts, Counter)
    """
    assert rules(source) == set()


@pytest.mark.parametrize(
    "source",
    [
        # a special method called explicitly off a class runs with any first argument
        "import re\ndef f(c):\n    alias = re.RegexFlag\n    return alias.__or__(c, 2)\n",
        # library methods that build from self.__class__, read off a class of the tool's deriving from one
        "from collections import UserList\nclass M(UserList):\n    @classmethod\n    def k(cls):\n"
        "        return cls.copy(int)\n",
        "from collections import UserList\nclass M(UserList):\n    def k(self):\n        return type(self).copy(int)\n",
        "from collections import UserList\nclass M(UserList):\n    pass\ndef k():\n"
        "    return getattr(M, 'copy')(int)\n",
        "from collections import UserList\nclass Mix:\n    def copy(self):\n        return self\n"
        "class M(UserList, Mix):\n    pass\ndef k():\n    return M.copy(int)\n",
        # update_wrapper copies the whole __dict__ of what it wraps: a class's plain functions
        "import collections\nimport functools\ndef holder():\n    pass\n"
        "functools.update_wrapper(holder, collections.Counter, ())\n",
    ],
)
def test_round_30_and_31_holes_stay_closed(source: str) -> None:
    assert rules(source) & {"class-machinery", "dunder-attribute", "string-annotation"}


def test_a_class_name_reused_does_not_hide_a_library_base() -> None:
    source = (
        "from collections import UserString\nclass X(UserString):\n    pass\nclass Y(X):\n    pass\n"
        "class X:\n    pass\nadd = Y.__add__\n"
    )
    assert "class-machinery" in rules(source)
