"""The rules a second red-team round led to: each hole it found, closed, and the ordinary code next to it
that still passes. The corpus (corpus/*_round2) holds the full tools; these are the smallest cases."""

from __future__ import annotations

import pytest
from support import rules

from genesis_mcp.safety import DEFAULT_POLICY


@pytest.mark.parametrize(
    "source",
    [
        # the tool defines _module itself, which does not make the library object's _module its own
        "import warnings\nclass C:\n    _module = None\nx = warnings.catch_warnings()._module\n",
        "from warnings import catch_warnings\nclass C:\n    _module = None\nw = catch_warnings()\nx = w._module\n",
        "import pprint\nclass C:\n    def __init__(self):\n        self._tail = 1\np = pprint.PrettyPrinter()\nq = p\nx = q._tail\n",  # noqa: E501
        # names the allowed modules keep private that lead out, wherever they are read
        "class C:\n    _stream = None\ndef f(x):\n    return x._stream\n",
        "class C:\n    _coro = None\ndef f(task):\n    return task._coro\n",
    ],
)
def test_private_attributes_of_library_objects_stay_closed_when_the_tool_defines_the_same_name(source: str) -> None:
    assert rules(source) == {"private-attribute"}


def test_private_attributes_of_the_tools_own_objects_are_fine() -> None:
    source = """
    class Point:
        def __init__(self, x):
            self._x = x

        def __eq__(self, other):
            return self._x == other._x

    def make() -> Point:
        return Point(1)

    p = make()
    print(p._x, make()._x)
    """
    assert rules(source) == set()


@pytest.mark.parametrize(
    "source",
    [
        "getattr = getattr\nfetch = getattr\n",
        "if False:\n    getattr = None\nfetch = getattr\n",
        "fetch = getattr\ngetattr = None\n",
        "class Box:\n    def __eq__(self, other):\n        self.v = other\n        return True\nBox() == getattr\n",
        "class Box:\n    def __contains__(self, item):\n        return True\ngetattr in Box()\n",
        "import dataclasses\n@dataclasses.dataclass\nclass C:\n    f: getattr = None\n",
        "for getattr in [getattr]:\n    pass\n",
    ],
)
def test_getattr_taken_any_way_but_a_direct_call_is_refused(source: str) -> None:
    assert "computed-attribute-name" in rules(source)


def test_a_local_named_getattr_is_an_ordinary_variable() -> None:
    assert rules("def f(getattr_):\n    getattr = getattr_\n    return getattr\n") == set()


@pytest.mark.parametrize(
    "source",
    [
        "import operator\ng = type(operator.attrgetter('real'))\n",
        "def f():\n    pass\nF = type(f)\n",
        "F = type(lambda: 0)\n",
        "M = type(Exception)\n",
        "class W:\n    def m(self):\n        return type(self.__class__)\n",
        "def f(x):\n    return type(x)('/etc/passwd')\n",
        "class W:\n    def m(self, other):\n        self = other\n        return type(self)()\n",
    ],
)
def test_type_of_a_value_is_a_class_the_tool_may_not_hand_around(source: str) -> None:
    assert "class-machinery" in rules(source)


def test_type_of_a_value_may_be_compared_named_looked_up_or_used_on_self() -> None:
    source = """
    HANDLERS = {int: str, float: repr}

    class Vector:
        def __init__(self, x):
            self.x = x

        def __add__(self, other):
            return type(self)(self.x + other.x)

    def describe(value) -> str:
        if type(value) is int or type(value) in (float, complex):
            return HANDLERS[type(value)](value)
        if isinstance(value, type(None)):
            return "none"
        kind = HANDLERS.get(type(value), repr)
        return f"{type(value).__name__}: {kind(value)}"
    """
    assert rules(source) == set()


@pytest.mark.parametrize(
    "source",
    [
        "import functools\ncopy = functools.update_wrapper\n",
        "import functools, types\nfunctools.partial(functools.update_wrapper, assigned=('x',))\n",
        "import functools\nlist(map(functools.update_wrapper, [f], [g]))\n",
        "import functools\nfunctools.update_wrapper(*(f, g, ('x',), ()))\n",
        "import functools\nfunctools.update_wrapper(f, g, **{'assigned': ('x',)})\n",
        "import functools\nclass N:\n    WRAPPER_ASSIGNMENTS = ('x',)\nfunctools.update_wrapper(f, g, N.WRAPPER_ASSIGNMENTS)\n",  # noqa: E501
        "from functools import update_wrapper as uw\nuw(f, g, (name,), ())\n",
    ],
)
def test_functools_copiers_run_only_as_direct_calls_with_constant_names(source: str) -> None:
    assert "computed-attribute-name" in rules(source)


def test_an_ordinary_decorator_with_wraps_passes() -> None:
    source = """
    import functools

    def logged(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            return func(*args, **kwargs)
        return wrapper

    def copy_meta(a, b):
        return functools.update_wrapper(a, b, functools.WRAPPER_ASSIGNMENTS, ())
    """
    assert rules(source) == set()


@pytest.mark.parametrize(
    "source",
    [
        "from functools import singledispatch\n@singledispatch\ndef h(v):\n    return v\nreg = h.register\n",
        "from functools import singledispatch\nh = singledispatch(len)\nlist(map(h.register, [f]))\n",
        "from functools import singledispatch\nh = singledispatch(len)\ndef tool(code):\n    def f(v: code):\n"
        "        return v\n    h.register(cls=f)\n",
        "from functools import singledispatch\nh = singledispatch(len)\ndef tool(code):\n    def f(v: code):\n"
        "        return v\n    h.register(f, None)\n",
        "from functools import singledispatch\nh = singledispatch(len)\nclass H:\n    K = 'int'\n@h.register\ndef _(v: H.K):\n    return v\n",  # noqa: E501
        "import functools\nh = functools.singledispatch(len)\n@h.register\n@functools.wraps(src)\ndef _(v):\n    return v\n",  # noqa: E501
        "import functools\nh = functools.singledispatch(len)\ndef f(v):\n    return v\nfunctools.update_wrapper(f, g)\nh.register(f)\n",  # noqa: E501
    ],
)
def test_registering_a_function_only_as_written_and_by_a_direct_call(source: str) -> None:
    assert "string-annotation" in rules(source)


@pytest.mark.parametrize(
    "source",
    [
        # a helper's parameter, filled by the tool with a template it built
        "def render(t, v):\n    return t.format(v)\ndef tool(x):\n    return render(x.strip(), 1)\n",
        # an attribute the tool assigns at run time
        "class R:\n    def __init__(self, t):\n        self.t = t\n    def show(self, v):\n        return self.t.format(v)\n",  # noqa: E501
        # a table of literals the tool changes first
        "T = {'row': '{0}'}\ndef tool(v, t):\n    T['row'] = t\n    return T['row'].format(v)\n",
        "T = ['{0}']\ndef tool(v, t):\n    T.append(t)\n    return T[1].format(v)\n",
        # docstrings are no templates
        "class R:\n    '''{0}'''\n    def show(self, v):\n        return self.__doc__.format(v)\n",
        # an instance of a class named like the tool's, after the name is rebound to str
        "class F:\n    def format(self, *a):\n        return ''\nF = str\nt = F('{0}')\nt.format(1)\n",
    ],
)
def test_format_templates_built_at_run_time_are_refused_however_they_are_held(source: str) -> None:
    assert "computed-format-string" in rules(source)


def test_format_templates_that_are_literals_or_the_callers_data_pass() -> None:
    source = """
    MESSAGES = {"hi": "Hi {name}", "bye": "Bye {name}"}

    class Page:
        TITLE = "{site} - {page}"

        def title(self, site, page):
            return self.TITLE.format(site=site, page=page)

    def fill(template, values):
        return template.format_map(values)

    def greet_all(names):
        return [fill(MESSAGES["hi"], {"name": n}) for n in names] + [fill("{0}", ["x"])]

    def tool(template: str, name: str) -> str:
        for key, text in MESSAGES.items():
            fill(text, {"name": name})
        return template.format(name=name)
    """
    assert rules(source) == set()


@pytest.mark.parametrize(
    "source",
    [
        "import dataclasses\n@dataclasses.dataclass\nclass G:\n    gi_frame: object\n",
        "import dataclasses\n@dataclasses.dataclass\nclass L:\n    _loop: object = None\n",
        "import collections\nC = collections.namedtuple('C', ['cr_frame'])\n",
        "import collections\nC = collections.namedtuple('C', 'f_builtins other')\n",
    ],
)
def test_fields_are_attribute_names_that_class_patterns_read(source: str) -> None:
    assert rules(source) & {"introspection-attribute", "private-attribute"}


@pytest.mark.parametrize(
    "source",
    [
        "from abc import ABCMeta as Factory\nX = Factory('X', (), {})\n",
        "from enum import Enum as Kind\nX = Kind('X', {name: 1})\n",
        "import enum\nclass Base(enum.Enum):\n    pass\nX = Base('X', {name: 1})\n",
    ],
)
def test_metaclasses_and_enum_factories_are_judged_by_what_they_are_not_their_name(source: str) -> None:
    assert "class-machinery" in rules(source)


def test_run_time_attribute_names_that_can_only_be_public_pass() -> None:
    source = """
    import dataclasses

    @dataclasses.dataclass
    class Order:
        qty: int = 0

        def validate(self) -> list[str]:
            return [f.name for f in dataclasses.fields(self) if getattr(self, f.name) is None]

    class Visitor:
        def visit(self, node):
            return getattr(self, "visit_" + type(node).__name__, self.generic)(node)

        def generic(self, node):
            return node
    """
    assert rules(source) == set()


def test_run_time_names_with_a_prefix_a_special_name_starts_with_are_refused() -> None:
    assert "computed-attribute-name" in rules("def f(x, n):\n    return getattr(x, 'gi' + n)\n")
    assert "computed-attribute-name" in rules("def f(x, n):\n    return getattr(x, f'get_{n}')\n")
    assert "computed-attribute-name" in rules("def f(x, g):\n    return getattr(x, g.name)\n")


def test_operator_call_is_not_in_the_default_policy() -> None:
    assert "call" not in DEFAULT_POLICY.modules["operator"]
    assert rules("import operator\noperator.call(print, 1)\n") == {"module-attribute"}
