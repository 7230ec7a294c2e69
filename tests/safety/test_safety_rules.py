"""Rule by rule: what the checker rejects, with which rule id, and the ordinary code it leaves alone."""

from __future__ import annotations

import warnings

import pytest
from support import rules

from genesis_mcp.safety import check


def test_accepts_a_plain_tool_with_allowed_imports() -> None:
    assert (
        rules("import json, re\nfrom collections import Counter\nx = Counter(re.findall('a', json.dumps([])))\n")
        == set()
    )


@pytest.mark.parametrize(
    "source",
    [
        "import os",
        "import os as system",
        "import os.path",
        "from os import path",
        "from subprocess import run as go",
        "def f():\n    import socket",
        "try:\n    import ctypes\nexcept ImportError:\n    pass",
        "if True:\n    from importlib import import_module",
        "import builtins",
        "import urllib.request",
    ],
)
def test_rejects_imports_outside_the_policy_in_every_form(source: str) -> None:
    assert rules(source) == {"import-not-allowed"}


def test_rejects_relative_imports_and_unknown_future_features() -> None:
    assert rules("from . import helpers") == {"import-not-allowed"}
    assert rules("from __future__ import barry_as_FLUFL") == {"import-not-allowed"}
    assert rules("from __future__ import annotations") == set()


def test_rejects_star_imports_even_of_allowed_modules() -> None:
    assert rules("from math import *") == {"star-import"}


@pytest.mark.parametrize(
    "source",
    [
        "import json\njson.codecs",
        "import random\nrandom._os",
        "import typing\ntyping.sys",
        "import collections.abc\ncollections.abc.sys",
        "import uuid\nuuid.getnode()",
        "import asyncio\nasyncio.create_subprocess_shell('id')",
        "from json import decoder",
        "import json\ngetattr(json, 'codecs')",
    ],
)
def test_rejects_module_attributes_the_policy_does_not_list(source: str) -> None:
    assert rules(source) == {"module-attribute"}


def test_allows_submodules_the_policy_lists() -> None:
    assert (
        rules("import collections.abc\nimport urllib.parse\nx = collections.abc.Mapping, urllib.parse.quote") == set()
    )
    assert rules("from collections import abc\nfrom urllib.parse import urljoin\ny = abc.Sequence") == set()


@pytest.mark.parametrize(
    "source",
    [
        "import json\nm = json",
        "import json\nprint(json)",
        "import json\ndef f():\n    return json",
        "import json\nmods = [json]",
        "import json\n(m := json)",
        "import collections.abc\nm = collections.abc",
        "import json\ndef f(m=json):\n    pass",
    ],
)
def test_rejects_a_module_used_as_a_value(source: str) -> None:
    assert "module-as-value" in rules(source)


def test_rejects_assigning_or_deleting_module_attributes() -> None:
    assert rules("import json\njson.loads = print") == {"module-mutation"}
    assert rules("import json\ndel json.dumps") == {"module-mutation"}
    assert rules("import json\nsetattr(json, 'loads', print)") == {"module-mutation"}


@pytest.mark.parametrize(
    "name", ["eval", "exec", "compile", "open", "input", "globals", "locals", "vars", "dir", "breakpoint", "help"]
)
def test_rejects_forbidden_builtins_called_or_aliased(name: str) -> None:
    assert rules(f"{name}('x')") == {"forbidden-builtin"}
    assert rules(f"alias = {name}") == {"forbidden-builtin"}
    assert rules(f"def f(x, run={name}):\n    return run(x)") == {"forbidden-builtin"}


def test_a_parameter_or_local_variable_may_reuse_a_builtins_name() -> None:
    assert rules("def f(input: str) -> str:\n    return input.strip()") == set()
    assert rules("def f(data):\n    open = data['open']\n    return [open for _ in data]") == set()
    assert rules("def f(items):\n    return [vars for vars in items]") == set()


def test_a_module_or_class_level_name_does_not_hide_a_forbidden_builtin() -> None:
    # Module and class bodies look names up at run time; the builtin is still reachable.
    assert rules("def open(path):\n    return path\nx = open('a')") == {"forbidden-builtin"}
    assert rules("class A:\n    input = 1\n    y = input") == {"forbidden-builtin"}


def test_a_global_declaration_does_not_hide_a_forbidden_builtin() -> None:
    assert rules("def f():\n    global eval\n    eval = len\n    return eval('x')") == {"forbidden-builtin"}


@pytest.mark.parametrize(
    "expression",
    [
        "().__class__.__bases__[0].__subclasses__()",
        "f.__globals__",
        "f.__code__",
        "f.__closure__",
        "obj.__dict__",
        "print.__self__",
        "f.__builtins__",
        "x.__reduce_ex__(2)",
        "type.__subclasses__(object)",
        "obj.__class__.__class__",
        "e.__traceback__",
        "cached.__wrapped__",
        "f.__annotations__",
    ],
)
def test_rejects_dunder_attribute_walks(expression: str) -> None:
    assert "dunder-attribute" in rules(f"def tool(f, obj, x, e, cached):\n    return {expression}")


def test_allows_protocol_dunders_and_names_of_classes() -> None:
    source = """
    class A(list):
        def __init__(self, *args):
            super().__init__(args)

        def __repr__(self):
            return f"{self.__class__.__name__}({super().__repr__()}) {type(self).__qualname__}"

        def size(self, other):
            return self.__len__() + other.__len__(), A.__name__, A.__doc__, A.__module__
    """
    assert rules(source) == set()


def test_class_attribute_is_allowed_on_self_before_its_name_and_in_comparisons() -> None:
    assert rules("class A:\n    def copy(self):\n        return self.__class__()") == set()
    assert rules("def same(a, b):\n    return a.__class__ is b.__class__") == set()
    assert rules("def cls(a):\n    return a.__class__") == {"dunder-attribute"}


def test_new_is_allowed_on_classes_and_super_but_not_on_type() -> None:
    source = (
        "class P(tuple):\n    def __new__(cls, a):\n        return super().__new__(cls, (a,))\nq = tuple.__new__(P)"
    )
    assert rules(source) == set()
    assert "dunder-attribute" in rules("X = type.__new__(type, 'X', (), {})")


def test_object_setattr_needs_a_constant_public_name() -> None:
    assert rules("def f(self, v):\n    object.__setattr__(self, 'value', v)") == set()
    assert rules("def f(self, n, v):\n    object.__setattr__(self, n, v)") == {"computed-attribute-name"}
    assert rules("def f(self, v):\n    object.__setattr__(self, '__class__', v)") == {
        "dunder-attribute",
        "dunder-string",
    }


def test_rejects_private_attributes_the_tool_does_not_define() -> None:
    assert rules("import random\nr = random.Random()\nr._randbelow(3)") == {"private-attribute"}


def test_allows_private_attributes_the_tool_defines() -> None:
    source = """
    class Box:
        __slots__ = ("_slot",)

        def __init__(self):
            self._items = []

        def _helper(self):
            return self._items, self._slot

        def merge(self, other):
            return other._items + other._helper()[0]
    """
    assert rules(source) == set()


def test_rejects_dangerous_private_names_even_when_the_tool_defines_them() -> None:
    source = "class A:\n    def __init__(self):\n        self._loop = None\n\ndef f(task):\n    return task._loop"
    assert rules(source) == {"private-attribute"}


def test_allows_the_private_api_of_namedtuples_and_enums() -> None:
    assert rules("def f(p, c):\n    return p._asdict(), p._replace(x=1), p._fields, c._value_, c._name_") == set()


@pytest.mark.parametrize(
    "attribute", ["gi_frame", "f_back", "f_globals", "tb_frame", "cell_contents", "cr_frame", "ag_frame", "co_code"]
)
def test_rejects_frame_code_and_closure_attributes(attribute: str) -> None:
    assert rules(f"def f(x):\n    return x.{attribute}") == {"introspection-attribute"}


def test_rejects_mro_and_the_event_loop_of_tasks() -> None:
    assert rules("x = int.mro()") == {"introspection-attribute"}
    assert rules("def f(task):\n    return task.get_loop(), task.get_stack()") == {"introspection-attribute"}


def test_getattr_and_hasattr_with_constant_public_names_are_allowed() -> None:
    assert rules("def f(o):\n    return getattr(o, 'name', None), hasattr(o, '__iter__')") == set()
    assert rules("def f(o, v):\n    setattr(o, 'count', v)") == set()


@pytest.mark.parametrize(
    "name",
    [
        "'__cla' + 'ss__'",
        "'_' * 2 + 'globals' + '_' * 2",
        "chr(95) * 2 + 'code' + chr(95) * 2",
        "'__SSALC__'[::-1].lower()",
    ],
)
def test_rejects_getattr_with_computed_dunder_name(name: str) -> None:
    assert "dunder-attribute" in rules(f"def f(o):\n    return getattr(o, {name})")


@pytest.mark.parametrize(
    "name",
    ["attribute", "base64.b64decode(b'X19jbGFzc19f').decode()", "bytes.fromhex('5f5f').decode()", "f'{prefix}x'"],
)
def test_rejects_getattr_with_a_name_computed_at_run_time(name: str) -> None:
    source = f"import base64\ndef f(o, attribute, prefix):\n    return getattr(o, {name})"
    assert rules(source) == {"computed-attribute-name"}


def test_rejects_attribute_builtins_used_as_values() -> None:
    assert rules("lookup = getattr") == {"computed-attribute-name"}
    assert rules("from functools import reduce\ndef f(o, p):\n    return reduce(getattr, p, o)") == {
        "computed-attribute-name"
    }


def test_attrgetter_and_methodcaller_need_constant_safe_names() -> None:
    assert rules("from operator import attrgetter\nkey = attrgetter('name', 'address.city')") == set()
    assert rules("import operator\ndef f(p):\n    return operator.attrgetter(p)") == {"computed-attribute-name"}
    assert "dunder-attribute" in rules("from operator import methodcaller\nm = methodcaller('__subclasses__')")
    assert rules("from operator import attrgetter as ag\nget = ag") == {"computed-attribute-name"}


def test_rejects_strings_naming_dangerous_dunders_but_not_prose() -> None:
    assert rules("k = '__globals__'") == {"dunder-string"}
    assert rules("p = 'x.__class__.__mro__'") == {"dunder-string"}
    assert rules("a = '__main__'\nb = 'see __init__.py'\nc = 'block__element__mod'\nd = '__slots__'") == set()


def test_docstrings_may_mention_dunders() -> None:
    assert rules('def f():\n    """Reads obj.__dict__ for you."""\n    return 1') == set()


@pytest.mark.parametrize(
    "source",
    [
        "s = '{0.__class__}'.format(1)",
        "s = '{x.__init__.__globals__}'.format_map({'x': 1})",
        "s = '{0:{1.__class__}}'.format(1, 2)",
        "s = str.format('{0._private}', 1)",
        "s = '{g.gi_frame}'.format(g=(i for i in []))",
    ],
)
def test_rejects_format_strings_that_walk_to_private_dunder_or_frame_attributes(source: str) -> None:
    assert "format-string-attribute" in rules(source)


def test_allows_plain_format_fields_and_fstrings() -> None:
    source = """
    def f(p, row, value):
        a = "{} {:>10} {0!r} {name} {row[key]} {p.x:.2f}".format(1, 2, name=3, row=row, p=p)
        b = f"{value!r:>10} {value:,.2f} {p.x}"
        c = "%(name)s is %(age)d" % {"name": "a", "age": 1}
        return a, b, c, "{:.1%}".format(0.5)
    """
    assert rules(source) == set()


def test_rejects_format_on_templates_built_at_run_time() -> None:
    assert rules("def f(x, parts):\n    t = '{0.' + '.'.join(parts) + '}'\n    return t.format(x)") == {
        "computed-format-string"
    }
    assert rules("import base64\ndef f(x):\n    return base64.b64decode(b'ezB9').decode().format(x)") == {
        "computed-format-string"
    }
    assert rules("def f(x):\n    render = getattr(''.join(reversed('}0{')), 'format')\n    return render(x)") == {
        "computed-format-string"
    }


def test_allows_format_on_literal_parameter_constant_and_own_class_templates() -> None:
    source = """
    GREETING = "Hello {name}"
    MESSAGES = {"a": "A {x}", "b": "B {x}"}

    class Table:
        def format(self, rows):
            return str(rows)

    def f(template, kind, rows):
        t = Table()
        first = template.format(x=1), GREETING.format(name="n"), MESSAGES[kind].format(x=2)
        return first, t.format(rows), Table().format(rows)
    """
    assert rules(source) == set()


def test_rejects_class_creation_at_run_time() -> None:
    assert rules("X = type('X', (), {})") == {"class-machinery"}
    assert rules("make = type") == {"class-machinery"}
    assert rules("meta = type(int)") == {"class-machinery"}
    assert rules("class A:\n    pass\nmeta = type(A)") == {"class-machinery"}
    assert "class-machinery" in rules("def f(h):\n    return type.__call__(type, 'X', (), h)")


def test_type_with_one_argument_and_in_annotations_and_comparisons_is_allowed() -> None:
    assert (
        rules("def f(x: type, y) -> bool:\n    return type(y) is int or isinstance(x, type) or type(y).__name__ == 'A'")
        == set()
    )


@pytest.mark.parametrize(
    "body",
    [
        "def __del__(self):\n        pass",
        "def __getattr__(self, name):\n        return name",
        "def __getattribute__(self, name):\n        return 1",
        "def __setattr__(self, name, value):\n        pass",
        "def __init_subclass__(cls):\n        pass",
        "def __set_name__(self, owner, name):\n        pass",
        "def __class_getitem__(cls, item):\n        return cls",
        "def __reduce__(self):\n        return (print, ())",
        "def __get__(self, obj, owner):\n        return 1",
        "def __instancecheck__(self, obj):\n        return True",
        "__getattr__ = lambda self, name: name",
    ],
)
def test_rejects_special_methods_that_run_code_implicitly(body: str) -> None:
    assert "class-machinery" in rules(f"class A:\n    {body}\n")


def test_rejects_metaclasses_and_class_keywords() -> None:
    assert rules("class M(type):\n    pass") == {"class-machinery"}
    assert rules("class A(metaclass=M):\n    pass") == {"class-machinery"}
    assert rules("class A(Base, hook=1):\n    pass") == {"class-machinery"}
    assert rules("class A(*bases):\n    pass") == {"class-machinery"}


def test_abcmeta_is_allowed_as_a_metaclass_but_not_called() -> None:
    assert rules("from abc import ABCMeta\nclass A(metaclass=ABCMeta):\n    pass") == set()
    assert rules("class T(TypedDict, total=False):\n    a: int") == set()
    assert rules("import abc\nX = abc.ABCMeta('X', (), {})") == {"class-machinery"}


def test_rejects_module_level_hooks() -> None:
    assert rules("def __getattr__(name):\n    return name") == {"class-machinery"}


def test_enum_functional_api_needs_constant_member_names() -> None:
    assert rules("from enum import Enum\nColor = Enum('Color', 'RED GREEN')\nSize = Enum('Size', ['S', 'M'])") == set()
    assert rules("from enum import Enum\ndef f(names):\n    return Enum('E', names)") == {"class-machinery"}


def test_decorators_come_from_the_tool_allowed_modules_or_property() -> None:
    source = """
    import functools
    from dataclasses import dataclass

    def local(f):
        return f

    @dataclass
    class A:
        x: int = 0

        @property
        def y(self):
            return self.x

        @y.setter
        def y(self, v):
            self.x = v

        @staticmethod
        @functools.lru_cache(maxsize=None)
        @local
        def z():
            return 1
    """
    assert rules(source) == set()
    assert rules("@print\ndef f():\n    pass") == {"decorator-not-allowed"}
    assert rules("@(lambda f: f)\ndef f():\n    pass") == {"decorator-not-allowed"}


def test_rejects_lambda_default_and_closure_tricks() -> None:
    assert rules("f = lambda x, run=exec: run(x)") == {"forbidden-builtin"}
    assert "dunder-attribute" in rules("code = (lambda: 0).__code__")
    assert rules("def f(g):\n    return g.__closure__[0].cell_contents") == {
        "dunder-attribute",
        "introspection-attribute",
    }


def test_string_annotations_must_be_plain_types() -> None:
    assert (
        rules("from typing import Optional, Literal\ndef f(n: 'Node', m: Optional['Tree'], k: Literal['a-b']): pass")
        == set()
    )
    assert rules("def f(x: 'eval(\"1\")'): pass") == {"string-annotation"}
    assert rules("from typing import List\nX = List['print(1)']") == {"string-annotation"}


def test_dispatch_registration_needs_class_annotations() -> None:
    base = "from functools import singledispatch\n@singledispatch\ndef h(x): pass\n"
    assert rules(base + "class C: pass\n@h.register\ndef _(x: C | int | list[str]): pass") == set()
    assert rules(base + "@h.register(int)\ndef _(x): pass") == set()
    assert rules(base + "P = ''.join(['in', 't'])\n@h.register\ndef _(x: P): pass") == {"string-annotation"}
    assert rules(base + "P = 'int'\n@h.register\ndef _(x: 'P'): pass") == {"string-annotation"}


def test_register_called_with_a_function_checks_that_functions_annotations() -> None:
    base = "from functools import singledispatch\n@singledispatch\ndef h(x): pass\n"
    assert rules(base + "def g(x: int): pass\nh.register(g)\nclass C: pass\nh.register(C)") == set()
    assert rules(base + "P = ''.join(['i'])\ndef g(x: P): pass\nh.register(g)") == {"string-annotation"}
    assert rules(base + "def f(g):\n    h.register(g)") == {"string-annotation"}


def test_match_class_patterns_obey_the_attribute_rules() -> None:
    assert rules("def f(x):\n    match x:\n        case Point(x=0, y=y):\n            return y") == set()
    assert rules("def f(x):\n    match x:\n        case object(__class__=c):\n            return c") == {
        "dunder-attribute"
    }
    assert rules("def f(x):\n    match x:\n        case object(gi_frame=g):\n            return g") == {
        "introspection-attribute"
    }


def test_match_args_name_attributes_that_matching_will_read() -> None:
    assert rules("class P:\n    __match_args__ = ('x', 'y')") == set()
    assert rules("class Q:\n    __match_args__ = ('_loop',)") == {"private-attribute"}


def test_rejects_dunder_globals_and_names() -> None:
    assert rules("x = __builtins__") == {"dunder-name"}
    assert rules("x = __loader__") == {"dunder-name"}
    assert rules("def f():\n    global __builtins__") == {"dunder-name"}
    assert rules("if __name__ == '__main__':\n    print(__doc__)") == set()
    assert rules("__all__ = ['f']\n__version__ = '1'") == set()


def test_rejects_identifiers_written_with_compatibility_characters() -> None:
    report = check("ｅｖａｌ('1')")
    assert {f.rule for f in report.findings} == {"nfkc-identifier", "forbidden-builtin"}
    assert "means 'eval'" in next(f.message for f in report.findings if f.rule == "nfkc-identifier")


def test_accepts_non_ascii_identifiers_that_are_already_normal() -> None:
    assert rules("café = 1\nπ = 3.14\ndef größe(x):\n    return x") == set()


def test_columns_are_counted_in_characters_on_non_ascii_lines() -> None:
    finding = check("s = 'é' + 'é'; eval(s)").findings[0]
    assert (finding.rule, finding.line, finding.col) == ("forbidden-builtin", 1, 15)


def test_reports_every_finding_in_source_order() -> None:
    report = check("import os\nx = eval('1')\ny = f.__globals__\n")
    assert [(f.line, f.rule) for f in report.findings] == [
        (1, "import-not-allowed"),
        (2, "forbidden-builtin"),
        (3, "dunder-attribute"),
    ]


def test_a_syntax_error_is_a_finding_with_its_position() -> None:
    finding = check("def f(:\n    pass\n").findings[0]
    assert (finding.rule, finding.line) == ("syntax-error", 1)


def test_null_bytes_and_surrogates_are_findings() -> None:
    assert [(f.rule, f.line, f.col) for f in check("x = 1\ny = 2\0\n").findings] == [("syntax-error", 2, 5)]
    assert [(f.rule, f.line) for f in check("x = '\ud800'\n").findings] == [("encoding", 1)]


def test_a_coding_declaration_other_than_utf8_is_rejected() -> None:
    assert rules("# -*- coding: utf-7 -*-\nx = 1\n") == {"encoding"}
    assert rules("# -*- coding: utf-8 -*-\nx = 1\n") == set()


def test_invalid_escape_sequences_are_not_the_callers_warning() -> None:
    assert rules("import re\nP = re.compile('\\d+')\n") == set()


def test_parser_warnings_are_neither_shown_nor_raised_and_the_filters_are_left_as_they_were() -> None:
    with warnings.catch_warnings(record=True) as shown:
        warnings.simplefilter("always")
        filters = warnings.filters
        before = list(filters)
        # An invalid escape and a number run into a keyword both warn while parsing.
        assert rules("P = '\\d+'\nx = [1if y else 2 for y in P]\n") == set()
        assert warnings.filters is filters and filters == before
        warnings.warn("still heard", UserWarning, stacklevel=1)
    assert [str(w.message) for w in shown] == ["still heard"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert rules("P = '\\d+'\n") == set()
        with pytest.raises(UserWarning):
            warnings.warn("errors again", UserWarning, stacklevel=1)


def test_describe_lists_each_finding_on_its_own_line() -> None:
    text = check("import os\nimport sys\n").describe()
    assert text.splitlines()[0].startswith("line 1, col 7: [import-not-allowed]")
    assert len(text.splitlines()) == 2
    assert check("x = 1").describe() == "no findings"


def test_an_import_in_a_class_body_would_hand_out_the_module() -> None:
    assert rules("class A:\n    import json") == {"module-as-value"}
    assert rules("class A:\n    from collections import abc") == {"module-as-value"}
    assert rules("def f():\n    import json\n    return json.dumps(1)") == set()


def test_made_up_dunders_in_strings_are_not_suspect() -> None:
    assert rules("s = 'use __bold__ for bold'\njs = 'obj.__proto__ = null'") == set()
    assert rules("s = 'x.__subclasses__()'") == {"dunder-string"}


def test_allows_format_on_items_of_tables_of_literal_templates() -> None:
    source = """
    TEMPLATES = ["{name} is {age}", "{name}!"]
    MESSAGES = {"a": "A {x}"}

    class Report:
        TEMPLATE = "{0}"

        @classmethod
        def render(cls, x):
            return cls.TEMPLATE.format(x)

    def f(row, kind):
        lines = [t.format(**row) for t in TEMPLATES]
        for t in TEMPLATES:
            lines.append(t.format(**row))
        chosen = MESSAGES.get(kind, "unknown {x}")
        picked = MESSAGES[kind]
        return lines, chosen.format(x=1), picked.format(x=2)
    """
    assert rules(source) == set()


def test_a_table_with_a_computed_template_does_not_pass() -> None:
    source = "def f(x, parts):\n    table = {'a': '{0.' + parts + '}'}\n    t = table['a']\n    return t.format(x)"
    assert rules(source) == {"computed-format-string"}


def test_a_byte_order_mark_is_not_a_syntax_error() -> None:
    assert rules("\ufeffx = 1\n") == set()


def test_wraps_copies_only_attributes_named_by_constants() -> None:
    base = "import functools\ndef d(f, names):\n"
    kept = "    return functools.wraps(f, updated=())(f), functools.wraps(f, ('__doc__',), ())(f)"
    assert rules(base + kept) == set()
    assert rules(base + "    return functools.wraps(f, assigned=names)(f)") == {"computed-attribute-name"}
    assert "dunder-attribute" in rules(base + "    return functools.update_wrapper(f, f, ['__globals__'], [])")


def test_singledispatch_may_register_the_class_of_a_value() -> None:
    source = """
from functools import singledispatch

@singledispatch
def f(x):
    return x

@f.register(type(None))
def _(x):
    return None
"""
    assert rules(source) == set()
    computed = "from functools import singledispatch\nf = singledispatch(len)\nf.register(g())\n"
    assert rules(computed) == {"string-annotation"}


def test_a_tool_may_read_back_its_own_module_dunders() -> None:
    assert rules('__version__ = "1.2.0"\n\ndef version() -> str:\n    return __version__\n') == set()
    assert rules("def f():\n    return __builtins__\n") == {"dunder-name"}


def test_colour_conversions_and_toml_parsing_are_allowed() -> None:
    source = "import colorsys\nimport tomllib\nx = colorsys.rgb_to_hsv(1, 0, 0)\ny = tomllib.loads('a = 1')\n"
    assert rules(source) == set()
