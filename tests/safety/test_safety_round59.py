"""The rules red-team rounds 59 to 64 and the blind ordinary rounds 59 to 63 led to.

Round 59: 3 working escapes through 1 hole (the methods dataclasses writes as source, run in the tool's
module, call ``type``, ``super`` and ``hash`` by name: a module-level ``def type(value)`` ran with the tool's
own object). Round 60: 8 through 3 holes (an object of a tool class "with its own format" whose base's
``__new__`` returned a str built at run time, or whose ``format`` def was another class's, deleted, or under
a false ``if``; a class constant table bound under a false ``if``, falling back to ``Exception.args``). Round
61: 13 through 3 holes (an exiting guard's ``else`` rebinding the name; a table in the middle of ``k in T in
spy``; ``Tpl() and text`` counted as an object Tpl made). Round 62: 18 through 6 holes (``T, U = M, N =
[...], [...]``; and ``type`` handed out by an ExitStack subclass overriding ``_push_cm_exit``, by
``super().__add__`` of UserList in a classmethod, by ``except*`` calling an exception group's ``split``, by a
staticmethod or decorated ``__exit__``). Round 63: 18 through 3 holes (a ``throw`` contextlib's ``__exit__``
calls with the exception's class; ``getattr`` rebound by the tool yet read as an attribute path; a loop over
``X.fields()`` trusted as dataclasses' whenever the expression began at the module). Round 64: 10 through 4
holes (a decorator spelled ``staticmethod`` trusted as the builtin; ``split`` set on an exception group
object rather than defined; ``setattr(obj, "thr" + k, f)`` making a ``throw``; an ``__exit__`` subscripting
its exception type, an alias that reads attributes off the class). Round 65: 14 through 4 holes (@classmethod on a
def outside a class body, abc.abstractclassmethod as a value; a name bound both by a loop over identifiers and
by a loop over asdict keys, taken for the identifiers alone; ``asdict(x, dict_factory=f)``, whose keys f makes;
``getattr(abc, "ABCMeta")`` as a value). Round 66: 2 through 1 hole (``split`` set on a group ``except*`` or
asyncio's TaskGroup made, never named). Round 67: 4 through 1 hole (the Enum functional API given
``("__eq__", f)``: a method no rule saw, which made an allow-list guard lie). Blind ordinary rounds: ``getattr(module,
name)`` past an allow-list, an f-string showing the list, an exception's ``__cause__``, a row format of literal
pieces repeated ``len(cols)`` times, a dataclass's values read by the keys of ``asdict``."""

from __future__ import annotations

import pytest
from support import rules

from genesis_mcp.safety import check

_FROZEN = (
    "import base64\nfrom dataclasses import dataclass\n\n"
    "@dataclass(frozen=True, init=False)\nclass Text(str):\n    pass\n\n"
    "def run():\n"
    "    made = Text(base64.b64decode('ezAuX19zZXRhdHRyX18uX19nbG9iYWxzX199').decode())\n"
    "    made.extra = 1\n"
)


@pytest.mark.parametrize(
    "binding",
    [
        "def type(value):\n    print(value.format(value))\n",
        "def super(template, value):\n    print(template.format(value))\n",
        "def hash(value):\n    return 1\n",
        "class NotImplemented:\n    pass\n",
        "def show(value):\n    print(value.format(value))\ntype = show\n",
        "from operator import itemgetter as hash\n",
        "def bind():\n    global super\n    super = print\n",
        "for type in (print,):\n    pass\n",
        "[(type := print) for _ in ()]\n",
    ],
)
def test_names_dataclasses_generated_methods_look_up_may_not_be_bound_at_module_level(binding: str) -> None:
    assert "forbidden-builtin" in rules(binding + _FROZEN)


@pytest.mark.parametrize(
    "local",
    [
        "def area(type, hash):\n    return type + hash\n",
        "def kinds(rows):\n    return {type: len(rows) for type in ('a', 'b')}\n",
        "class Record:\n    type = 'plain'\n    hash = ''\n",
        "def digest(rows):\n    hash = len(rows)\n    return hash\n",
    ],
)
def test_the_same_names_stay_free_as_locals_parameters_and_class_attributes(local: str) -> None:
    assert check(local + _FROZEN.replace("made.extra = 1", "return made")).safe


_GUARDED_MATH = (
    "import math\nALLOWED = ('sqrt', 'floor')\n\n"
    "def apply(name: str, x: float) -> float:\n"
    "    if name not in ALLOWED:\n        raise ValueError(name)\n"
    "    return getattr(math, name)(x)\n"
)


@pytest.mark.parametrize(
    "source",
    [
        _GUARDED_MATH,
        "import math\ndef table():\n    return {n: getattr(math, n) for n in ('sqrt', 'floor')}\n",
        "import statistics\ndef agg(op, xs):\n    if op in ('mean', 'median'):\n"
        "        return getattr(statistics, op)(xs)\n    raise ValueError(op)\n",
        "import math\ndef has():\n    return [hasattr(math, n) for n in ('sqrt', 'cbrt')]\n",
    ],
)
def test_a_module_function_looked_up_by_a_listed_name_is_read_as_if_written_there(source: str) -> None:
    assert check(source).safe


@pytest.mark.parametrize(
    ("source", "rule"),
    [
        # the module name means something else somewhere: a value like any other
        (_GUARDED_MATH + "def swap():\n    global math\n    math = ALLOWED\n", "module-as-value"),
        # any name the loop may hold is judged, and the table must be one nothing changes
        (_GUARDED_MATH.replace("'floor'", "'_os'"), "module-attribute"),
        ("import math\nNAMES = ['sqrt']\ndef f(v):\n    NAMES.append(v)\n"
         "    return [getattr(math, k) for k in NAMES]\n", "computed-attribute-name"),
        ("import math\ndef f(v):\n    for k in ('pi',):\n        setattr(math, k, v)\n", "module-mutation"),
    ],
)
def test_a_module_looked_up_by_a_listed_name_is_judged_by_every_name_it_may_give(source: str, rule: str) -> None:
    assert rule in rules(source)


def test_a_contextmanager_objects_private_recreate_method_stays_closed_when_the_tool_defines_the_name() -> None:
    source = (
        "import contextlib\n\n@contextlib.contextmanager\ndef scope():\n    yield 1\n\n"
        "class Mine:\n    def _recreate_cm(self):\n        return self\n\n"
        "def run():\n    cm = scope()\n    return cm._recreate_cm()\n"
    )
    assert "private-attribute" in rules(source)


def test_an_allow_list_shown_in_an_f_string_error_message_still_guards_the_name() -> None:
    source = _GUARDED_MATH.replace("raise ValueError(name)", "raise ValueError(f'{name!r} is not one of {ALLOWED}')")
    assert check(source).safe


def test_an_allow_list_shown_in_an_f_string_and_changed_elsewhere_guards_nothing() -> None:
    source = _GUARDED_MATH.replace("ALLOWED = ('sqrt', 'floor')", "ALLOWED = ['sqrt', 'floor']").replace(
        "raise ValueError(name)", "raise ValueError(f'not one of {ALLOWED}')"
    ) + "def widen(extra):\n    ALLOWED.append(extra)\n"
    assert "computed-attribute-name" in rules(source)


_RETRY = (
    "class RetryExhausted(Exception):\n    pass\n\n"
    "def call(fn):\n    try:\n        return fn()\n    except ValueError as err:\n"
    "        raise RetryExhausted('gave up') from err\n\n"
    "def why(fn):\n    try:\n        call(fn)\n    except RetryExhausted as exc:\n"
)


def test_the_exception_a_raise_from_named_may_be_read_back() -> None:
    assert check(_RETRY + "        return type(exc.__cause__).__name__, str(exc.__cause__)\n").safe


@pytest.mark.parametrize(
    ("read", "rule"),
    [
        ("exc.__cause__.__traceback__", "dunder-attribute"),
        ("exc.__context__", "dunder-attribute"),
        ("exc.__cause__.obj", "introspection-attribute"),
    ],
)
def test_what_leads_on_from_a_chained_exception_stays_closed(read: str, rule: str) -> None:
    assert rule in rules(_RETRY + f"        return {read}\n")


_PAYLOAD = "U = chr(len('x' * 95)) * 2\nEVIL = '{0.' + U + 'init' + U + '.' + U + 'globals' + U + '}'\n\n"


@pytest.mark.parametrize(
    "classes",
    [
        # a base's __new__ hands back the str: Tpl(...).format is str.format
        "class Base:\n    def __new__(cls, *args):\n        return EVIL\n\n"
        "class Tpl(Base):\n    def format(self, *args):\n        return 'plain'\n",
        "def make(cls, *args):\n    return EVIL\n\nclass Base:\n    __new__ = staticmethod(make)\n\n"
        "class Tpl(Base):\n    def format(self, *args):\n        return 'plain'\n",
        # the def that would make format its own does not count: another class's, deleted, under a false if
        "class Text(str):\n    pass\n\nclass Tpl(Text):\n    pass\n\n"
        "def unused():\n    class Tpl:\n        def format(self, *args):\n            return 'plain'\n",
        "class Text(str):\n    pass\n\n"
        "class Tpl(Text):\n    def format(self, *args):\n        return 'plain'\n    del format\n",
        "class Text(str):\n    pass\n\n"
        "class Tpl(Text):\n    if len('') > 0:\n        def format(self, *args):\n            return 'plain'\n",
    ],
)
def test_an_object_of_a_tool_class_counts_as_having_its_own_format_only_when_python_would_find_it(
    classes: str,
) -> None:
    made = "Tpl(EVIL)" if "str)" in classes and "Base" not in classes else "Tpl()"
    source = _PAYLOAD + classes + f"\ndef run(x):\n    t = {made}\n    return t.format(x)\n"
    assert "computed-format-string" in rules(source)


def test_an_object_of_a_plain_tool_class_with_its_own_format_method_may_be_formatted() -> None:
    source = (
        "class Base:\n    pass\n\nclass Report(Base):\n    def format(self, rows):\n        return str(rows)\n\n"
        "def run(rows):\n    r = Report()\n    return r.format(rows)\n"
    )
    assert check(source).safe


@pytest.mark.parametrize("base", ["Exception", "ValueError"])
def test_a_class_constant_an_inert_base_also_has_is_no_table_of_names(base: str) -> None:
    source = (
        f"class Spec({base}):\n    if len('') > 0:\n        args = ('name', 'value')\n\n"
        "    def read(self, obj):\n        for key in self.args:\n            obj = getattr(obj, key)\n"
        "        return obj\n"
    )
    assert "computed-attribute-name" in rules(source)


def test_a_class_constant_table_under_an_exception_base_with_its_own_name_still_works() -> None:
    source = (
        "class Spec(Exception):\n    FIELDS = ('name', 'value')\n\n"
        "    def read(self, obj):\n        return [getattr(obj, key) for key in self.FIELDS]\n"
    )
    assert check(source).safe


_SPY = "class Spy:\n    def __contains__(self, table):\n        table[0] = '_o' + 's'\n        return True\n\n"


@pytest.mark.parametrize(
    "body",
    [
        "    if key not in ('seed', 'random'):\n        raise ValueError(key)\n"
        "    else:\n        key = '_o' + 's'\n",
        "    if key not in ('seed', 'random'):\n        raise ValueError(key)\n"
        "    elif flag:\n        key = '_o' + 's'\n",
    ],
)
def test_an_exiting_guard_narrows_nothing_when_its_else_rebinds_the_name(body: str) -> None:
    source = "import random\n\ndef pick(key, flag=True):\n" + body + "    return getattr(random, key)\n"
    assert "computed-attribute-name" in rules(source)


def test_an_exiting_guard_with_an_else_that_leaves_the_name_alone_still_narrows_it() -> None:
    source = (
        "import random\n\ndef pick(key, flag=True):\n    if key not in ('seed', 'random'):\n"
        "        raise ValueError(key)\n    else:\n        flag = False\n    return getattr(random, key)\n"
    )
    assert check(source).safe


@pytest.mark.parametrize(
    "test",
    ["'seed' in FIELDS in Spy()", "'zzz' not in FIELDS not in Spy()", "'seed' in FIELDS in Spy() in []"],
)
def test_a_table_in_the_middle_of_a_chained_in_is_handed_to_the_next_containers_code(test: str) -> None:
    source = (
        "import random\nFIELDS = ['seed', 'random']\n\n" + _SPY
        + f"def run():\n    if {test}:\n        pass\n    return [getattr(random, key) for key in FIELDS]\n"
    )
    assert "computed-attribute-name" in rules(source)


def test_a_table_last_in_a_chained_comparison_is_only_read() -> None:
    source = (
        "import random\nFIELDS = ['seed', 'random']\n\n"
        "def run(k):\n    if 0 < len(k) and k in FIELDS:\n        pass\n"
        "    return [getattr(random, key) for key in FIELDS]\n"
    )
    assert check(source).safe


_TPL = "class Tpl:\n    def format(self, *args):\n        return 'plain'\n\n"


@pytest.mark.parametrize("made", ["Tpl() and EVIL", "Tpl() or EVIL", "Tpl() + EVIL", "Tpl() | EVIL"])
def test_an_object_a_class_made_combined_with_another_value_is_no_longer_that_object(made: str) -> None:
    source = _PAYLOAD + _TPL + f"def run(x):\n    t = {made}\n    return t.format(x)\n"
    assert "computed-format-string" in rules(source)


def test_a_dataclass_with_a_format_field_combined_with_another_value_has_no_data_field() -> None:
    source = (
        _PAYLOAD + "from dataclasses import dataclass\n\n@dataclass\nclass Options:\n    format: str = 'json'\n\n"
        "def run(x):\n    opts = Options() and EVIL\n    return opts.format(x)\n"
    )
    assert "computed-format-string" in rules(source)


def test_an_object_a_class_made_keeps_its_own_format() -> None:
    assert check(_TPL + "def run(x):\n    t = Tpl()\n    return t.format(x)\n").safe


@pytest.mark.parametrize(
    "bind",
    [
        "fields, other = alias, spare = ['name'], ['x']\n    alias[0] = name\n",
        "fields, other = holder = ['name'], ['x']\n    holder[0][0] = name\n",
    ],
)
def test_a_table_paired_by_position_in_a_chained_assignment_is_shared_with_the_other_target(bind: str) -> None:
    source = (
        "def helper():\n    return 1\n\ndef run(name):\n    " + bind
        + "    return [getattr(helper, key) for key in fields]\n"
    )
    assert "computed-attribute-name" in rules(source)


def test_a_table_paired_by_position_in_a_single_assignment_is_still_a_table() -> None:
    source = (
        "def helper():\n    return 1\n\ndef run():\n    fields, other = ['name'], ['x']\n"
        "    return [getattr(helper, key) for key in fields]\n"
    )
    assert check(source).safe


@pytest.mark.parametrize(
    "template",
    [
        "ROW",
        "('{:<8}' + '{:>10}' * len(COLS))",
        "' | '.join(['{:>6}'] * len(COLS))",
        "' | '.join(['{}', '{:.2f}'])",
        "('{}{}' + '{{' * 2 + 'x}}')",
    ],
)
def test_a_template_made_of_whole_literal_pieces_repeated_len_times_may_be_filled(template: str) -> None:
    source = (
        "COLS = ('a', 'b')\nROW = '{:<8}' + '{:>10.2f}' * len(COLS) + '{:>11.2f}'\n\n"
        f"def show(name, vals):\n    return {template}.format(name, *vals)\n"
    )
    assert check(source).safe


@pytest.mark.parametrize(
    ("source", "rule"),
    [
        # what repeats a piece must be an int: a tool object's __rmul__ returns any text, len may be rebound
        ("def show(x, n):\n    return ('{}' * n).format(x)\n", "computed-format-string"),
        ("COLS = (1,)\ndef len(x):\n    return 2\ndef show(x):\n    return ('{}' * len(COLS)).format(x)\n",
         "computed-format-string"),
        # a piece must be a whole template: '{0.' + 'x}' makes a field neither piece has
        ("def show(x):\n    return ('{0.' + 'x}' * len('a')).format(x)\n", "computed-format-string"),
        # anything but literal pieces
        ("def show(x, k):\n    row = '{}' + k\n    return row.format(x)\n", "computed-format-string"),
        ("def show(x, parts):\n    return ' '.join(parts).format(x)\n", "computed-format-string"),
    ],
)
def test_a_template_is_made_of_literal_pieces_only_when_every_piece_and_count_is_sure(source: str, rule: str) -> None:
    assert rule in rules(source)


_PROBE = "class Probe(Exception):\n    def kind(self):\n        return type(self)(self)\n\n"


@pytest.mark.parametrize(
    "source",
    [
        # a library base's private method, overridden: ExitStack hands _push_cm_exit the __exit__ function
        "from contextlib import ExitStack\n\nclass Keeper(ExitStack):\n"
        "    def _push_cm_exit(self, cm, cm_exit):\n        self.kept = cm_exit\n",
        "from contextlib import ExitStack\n\nclass Side:\n    def _push_exit_callback(self, cb, sync=True):\n"
        "        return cb\n\nclass Keeper(Side, ExitStack):\n    pass\n",
        # or read on a real one, where a class of the tool defines the name
        "from contextlib import ExitStack\n\nclass Side:\n    def _push_cm_exit(self, cm, f):\n        return f\n\n"
        "def run(cm, f):\n    ExitStack()._push_cm_exit(cm, f)\n",
    ],
)
def test_a_library_bases_private_methods_are_not_the_tools_to_define(source: str) -> None:
    assert "private-attribute" in rules(source)


def test_a_private_helper_no_library_base_has_may_still_be_defined() -> None:
    source = (
        "from contextlib import ExitStack\n\nclass Keeper(ExitStack):\n"
        "    def _note(self, item):\n        self.items = [item]\n"
    )
    assert check(source).safe


@pytest.mark.parametrize(
    "method",
    [
        "    @classmethod\n    def build(cls, x):\n        return super().__add__(x)\n",
        "    def __new__(cls, *args):\n        super().__add__(args)\n        return super().__new__(cls)\n",
        "    @classmethod\n    def build(cls, x):\n        return cls.__add__(cls, x)\n",
        "    def grow(self, x):\n        return type(self).__add__(x, x)\n",
    ],
)
def test_a_library_bases_python_special_method_read_off_a_class_is_refused(method: str) -> None:
    source = "from collections import UserList\n\nclass Holder(UserList):\n" + method
    assert "class-machinery" in rules(source)


def test_a_library_bases_special_method_through_super_in_a_plain_method_is_fine() -> None:
    source = (
        "from collections import UserDict\n\nclass Lower(UserDict):\n"
        "    def __setitem__(self, key, value):\n        super().__setitem__(key.lower(), value)\n"
    )
    assert check(source).safe


@pytest.mark.parametrize(
    "source",
    [
        _PROBE + "class Group(ExceptionGroup):\n    def split(self, condition):\n"
        "        found.append(condition.kind(int))\n        return super().split(condition)\n\nfound = []\n",
        _PROBE + "class Guard:\n    def __enter__(self):\n        return self\n\n    @staticmethod\n"
        "    def __exit__(exc_type, exc, tb):\n        found.append(exc_type.kind(int))\n        return True\n\n"
        "found = []\n",
    ],
)
def test_classes_an_exception_group_split_or_a_decorated_exit_receive_have_no_own_object(source: str) -> None:
    assert "class-machinery" in rules(source)


_POINT = "from dataclasses import dataclass, asdict, fields\n\n@dataclass\nclass P:\n    name: str\n    age: int\n\n"


def test_the_keys_of_asdict_are_field_names_getattr_may_read() -> None:
    assert check(_POINT + "def show(p):\n    return {k: getattr(p, k) for k in asdict(p)}\n").safe


@pytest.mark.parametrize(
    "body",
    [
        # once a Field may be renamed, its name is anything
        "    for f in fields(p):\n        setattr(f, 'name', v)\n    return [getattr(p, k) for k in asdict(p)]\n",
        # asdict must be dataclasses'
        "    asdict = dict\n    return [getattr(p, k) for k in asdict(v)]\n",
    ],
)
def test_the_keys_of_asdict_are_trusted_only_from_dataclasses_with_fields_unrenamed(body: str) -> None:
    assert not check(_POINT + "def show(p, v):\n" + body).safe


_STEPS_THROW = [
    "class Steps:\n    def __iter__(self):\n        return self\n\n    def __next__(self):\n        return None\n\n"
    "    def throw(self, typ, value=None, tb=None):\n        found.append(typ.kind(int))\n",
    "def deliver(typ, value=None, tb=None):\n    found.append(typ.kind(int))\n\n"
    "class Steps:\n    def __init__(self):\n        self.throw = deliver\n\n    def __iter__(self):\n"
    "        return self\n\n    def __next__(self):\n        return None\n",
    "def deliver(typ, value=None, tb=None):\n    found.append(typ.kind(int))\n\n"
    "class Steps:\n    throw = deliver\n\n    def __iter__(self):\n        return self\n\n"
    "    def __next__(self):\n        return None\n",
]


@pytest.mark.parametrize("steps", _STEPS_THROW)
def test_a_throw_the_tool_defines_beside_contextlib_hands_out_exception_classes(steps: str) -> None:
    source = (
        "from contextlib import contextmanager\n\nfound = []\n\n" + _PROBE + steps
        + "\n@contextmanager\ndef opened():\n    yield from Steps()\n"
    )
    assert "class-machinery" in rules(source)


def test_a_method_relying_on_its_own_object_is_fine_beside_contextlib_without_a_throw() -> None:
    source = (
        "from contextlib import contextmanager\n\n" + _PROBE
        + "@contextmanager\ndef opened():\n    yield Probe('p')\n"
    )
    assert check(source).safe


@pytest.mark.parametrize(
    "binding",
    [
        "def getattr(where, key):\n    return where\n",
        "from typing import assert_type as getattr\n",
        "def hasattr(where, key):\n    return where\n",
    ],
)
def test_the_attribute_builtins_are_read_as_attribute_paths_only_while_they_are_the_builtins(binding: str) -> None:
    name = "hasattr" if "hasattr" in binding else "getattr"
    source = "import uuid\n" + binding + f"\ndef run():\n    return {name}(uuid, 'uuid4')\n"
    assert "computed-attribute-name" in rules(source)


@pytest.mark.parametrize(
    "loop",
    [
        "for k in dataclasses.InitVar(Holder()).type.asdict():\n        print(getattr(helper, k))\n",
        "for f in dataclasses.InitVar(Holder()).type.fields():\n        print(getattr(helper, f.name))\n",
    ],
)
def test_only_dataclasses_own_fields_and_asdict_give_field_names(loop: str) -> None:
    source = (
        "import dataclasses\n\nclass Holder:\n    def asdict(self):\n        return ['x']\n\n"
        "def helper():\n    return 1\n\ndef run():\n    " + loop
    )
    assert "computed-attribute-name" in rules(source)


def test_dataclasses_fields_by_module_path_still_gives_field_names() -> None:
    source = _POINT.replace(
        "from dataclasses import dataclass, asdict, fields", "import dataclasses\nfrom dataclasses import dataclass"
    )
    source += "def show(p):\n    return [getattr(p, f.name) for f in dataclasses.fields(p)]\n"
    assert check(source).safe


_MAKER = (
    "class Maker:\n    @{deco}\n    def give(klass):\n        klass.build(int)\n\n"
    "    def build(self):\n        return type(self)(self)\n"
)


@pytest.mark.parametrize(
    ("preamble", "deco"),
    [
        ("from abc import abstractclassmethod as staticmethod\n\n", "staticmethod"),
        ("import abc\n\ndef staticmethod(f):\n    return abc.abstractclassmethod(f)\n\n", "staticmethod"),
        ("import abc\n\nclass Tools:\n    staticmethod = abc.abstractclassmethod\n\n", "Tools.staticmethod"),
    ],
)
def test_a_decorator_spelled_staticmethod_keeps_the_first_parameter_a_value_only_as_the_builtin(
    preamble: str, deco: str
) -> None:
    assert "class-machinery" in rules(preamble + _MAKER.format(deco=deco))


def test_the_builtin_staticmethod_still_takes_a_plain_value_first() -> None:
    assert check(_MAKER.format(deco="staticmethod").replace("klass.build(int)", "return klass")).safe


@pytest.mark.parametrize(
    "source",
    [
        # split set on a library exception group: except* calls it with the clause's class
        _PROBE + "def catcher(condition):\n    return condition.kind(int)\n\n"
        "def run():\n    group = ExceptionGroup('g', [ValueError('v')])\n    group.split = catcher\n"
        "    try:\n        raise group\n    except* Probe:\n        pass\n",
        # a group except* made itself, never named
        _PROBE + "def catcher(condition):\n    return condition.kind(int)\n\n"
        "def run():\n    try:\n        raise ValueError('v')\n    except* ValueError as caught:\n"
        "        caught.split = catcher\n",
        # a throw made by a run-time name with a public prefix, beside contextlib
        "from contextlib import contextmanager\n\n" + _PROBE
        + "def catcher(typ, value=None, tb=None):\n    return typ.kind(int)\n\n"
        "class Steps:\n    def __next__(self):\n        return None\n\n"
        "def arm(obj, tail):\n    setattr(obj, 'thr' + tail, catcher)\n    return obj\n",
        # an __exit__ subscripting its exception type: typ[int] reads attributes off the class
        _PROBE + "class Guard:\n    def __enter__(self):\n        return self\n\n"
        "    def __exit__(self, typ, value, tb):\n        alias = typ[int]\n        return alias.kind(int)\n",
    ],
)
def test_more_ways_exception_classes_reach_the_tools_code(source: str) -> None:
    assert "class-machinery" in rules(source)


def test_an_exit_that_checks_its_exception_type_by_identity_hands_nothing_out() -> None:
    source = (
        _PROBE + "class Quiet:\n    def __enter__(self):\n        return self\n\n"
        "    def __exit__(self, typ, value, tb):\n        return typ is KeyError\n"
    )
    assert check(source).safe


def test_an_exit_that_checks_its_exception_type_with_issubclass_hands_nothing_out() -> None:
    source = (
        _PROBE + "class Quiet:\n    def __enter__(self):\n        return self\n\n"
        "    def __exit__(self, typ, value, tb):\n        return typ is not None and issubclass(typ, KeyError)\n"
    )
    assert check(source).safe


def test_an_exit_that_passes_its_exception_type_to_a_function_still_hands_it_out() -> None:
    source = (
        _PROBE + "def note(kind):\n    return kind.kind(int)\n\nclass Loud:\n    def __enter__(self):\n"
        "        return self\n\n    def __exit__(self, typ, value, tb):\n        return note(typ)\n"
    )
    assert "class-machinery" in rules(source)


@pytest.mark.parametrize(
    "source",
    [
        # classmethod on a def outside a class body, bound into one later: its parameter gets the class
        "@classmethod\ndef grab(klass):\n    return klass.kind(int)\n\nclass Probe:\n    def kind(self):\n"
        "        return type(self)(self)\n\n    go = grab\n",
        "def factory():\n    @classmethod\n    def grab(klass):\n        return klass\n    return grab\n",
    ],
)
def test_classmethod_decorates_only_a_def_written_in_a_class_body(source: str) -> None:
    assert "class-machinery" in rules(source)


def test_abcs_deprecated_abstractclassmethod_is_not_in_the_default_policy() -> None:
    source = "from abc import abstractclassmethod\n\nclass P:\n    go = abstractclassmethod(len)\n"
    assert "module-attribute" in rules(source)


def test_classmethod_on_a_method_in_a_class_body_is_fine() -> None:
    source = "class P:\n    @classmethod\n    def make(cls):\n        return cls()\n"
    assert check(source).safe


@pytest.mark.parametrize(
    "source",
    [
        # the name holds identifiers from one loop and a field name (a field named os) from another
        "import dataclasses\nimport uuid\n\n@dataclasses.dataclass\nclass Row:\n    os: int = 0\n\n"
        "def grab():\n    for key in ('uuid4',):\n        pass\n    for key in dataclasses.asdict(Row()):\n"
        "        pass\n    return getattr(uuid, key)\n",
        # asdict's keys are whatever its dict_factory makes
        "import dataclasses\n\n@dataclasses.dataclass\nclass Row:\n    x: int = 0\n\n"
        "def grab(obj, pick):\n    for key in dataclasses.asdict(Row(), dict_factory=pick):\n"
        "        return getattr(obj, key)\n",
    ],
)
def test_asdict_keys_are_field_names_only_alone_and_without_a_dict_factory(source: str) -> None:
    assert not check(source).safe


@pytest.mark.parametrize("lookup", ["getattr(abc, 'ABCMeta')", "[getattr(abc, n) for n in ('ABCMeta',)]"])
def test_a_metaclass_looked_up_by_getattr_is_a_metaclass_as_a_value(lookup: str) -> None:
    assert "class-machinery" in rules(f"import abc\n\ndef make():\n    return {lookup}\n")


@pytest.mark.parametrize(
    "names",
    [
        "[('G', 'g'), ('__eq__', lambda s, o: True), ('__hash__', lambda s: 0)]",
        "{'A': 'a', '_missing_': len}",
        "'A _generate_next_value_'",
    ],
)
def test_the_enum_functional_api_takes_no_member_name_starting_with_an_underscore(names: str) -> None:
    assert "class-machinery" in rules(f"from enum import Enum\n\nKey = Enum('Key', {names}, type=str)\n")


def test_the_enum_functional_api_with_plain_member_names_is_fine() -> None:
    assert check("from enum import Enum\n\nColor = Enum('Color', [('RED', 1), ('GREEN', 2)])\n").safe
