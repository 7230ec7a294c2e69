"""The rules the forty-eighth to fiftieth red-team rounds led to, and the blind ordinary tools round 48 let
through. Round 48: 10 working escapes through 4 holes (a starred item that shifts a tuple assignment's
pairs, one list under two names, a library method run on the tool's object that sets attributes over a
class constant). Round 49: 10 through 3 holes (a binding made through global or nonlocal judged by the names
of the scope that keeps it, catch_warnings(module=obj) setting obj's attributes, min/max/sum/iter handing a
table itself to the tool's code), and 2 through 1 hole (a library base's classmethod calling the tool's
override through the class with its own argument as self). Round 50: 4 through 1 hole (a library base
imported twice was no library name, so the rules that follow a class to its library bases found none), and
4 through 1 hole (stores through a name spelled self were trusted as stores on a method's own object: a
function's parameter, or a method read off its class, renamed a dataclass Field, whose name dataclasses
pastes into generated code); object.__setattr__(field, "name", v) did the same (found in review). Round 51:
15 through 5 holes (a Field renamed through a store no name leads to, a subclass of Field, a Field made
directly, field() kept by a class dataclass never took it in, and update_wrapper pointing a registered
function's __wrapped__ at a library function, whose module globals typing then evaluates its annotations
in). Round 52: 13 through 3 holes (copy.copy of an object whose class's __new__ returns a Field, then
sets the original's slots on it; a registered function's string annotation naming module.attr the policy
does not list, or a module; an object registered whose class's __init__ rewraps what it is given). Round 53:
10 through 2 holes (a field() annotated KW_ONLY, which dataclasses skips, stays a Field; a registered
annotation subscripting an Enum or a list gives a str, which typing evaluates as code). Round 54: 9 through
1 hole (a registered annotation naming a library str constant, asyncio.FIRST_COMPLETED or enum.KEEP, which
typing looks up as a name in the tool's globals, where the tool keeps code). Round 55: 8 through 1 hole
(__doc__ in a registered annotation: a builtin name, but the module's or class's docstring there). Round 56:
9 through 2 holes (a library method run on self through a class reached by an alias, a subscript or a
call, not an import; __doc__ made "a class of the tool" by a nested class the annotation runs before).
Round 57: 24 through 2 holes (the library method run on self through an alias with self given by keyword,
*args, partial, map or another name: library classes whose methods set attributes on self are no values;
classmethod wrapping a property, whose getter dataclasses' reads run while the class holds its Fields)."""

from __future__ import annotations

import pytest
from support import rules

from genesis_mcp.safety import check

_SECRET = "import base64\ndef hook():\n    return 1\n"


def _in_main(body: str) -> str:
    """The body in a function (a module-level table is a global other code could rebind), after the secret."""
    lines = "name = base64.b64decode('X19nbG9iYWxzX18=').decode()\n" + body
    return _SECRET + "def main():\n" + "".join(f"    {line}\n" for line in lines.splitlines())


@pytest.mark.parametrize(
    "unpack",
    [
        "_, names, _ = *(), ('size', 'doc'), *((name,), 0)\n",
        "names, _ = *((name,),), ('size',)\n",
    ],
)
def test_a_starred_item_on_the_right_stops_a_tuple_assignment_pairing_names_by_position(unpack: str) -> None:
    source = _in_main(unpack + "for key in names:\n    print(getattr(hook, key))\n")
    assert "computed-attribute-name" in rules(source)


def test_a_tuple_assignment_without_starred_items_still_pairs_names_with_their_tables() -> None:
    source = _in_main("names, other = ('size', 'doc'), name\nfor key in names:\n    print(getattr(hook, key))\n")
    assert check(source).safe


@pytest.mark.parametrize(
    "alias",
    [
        "FIELDS = ALIAS = ['size']\nALIAS.append(name)\n",
        "ALIAS = {}\nFIELDS = ALIAS['k'] = ['size']\nALIAS['k'].append(name)\n",
        "HOLDER = [(FIELDS := ['size'])]\nHOLDER[0].append(name)\n",
    ],
)
def test_a_list_bound_under_two_names_at_once_is_no_table_nothing_changes(alias: str) -> None:
    source = _in_main(alias + "for key in FIELDS:\n    print(getattr(hook, key))\n")
    assert "computed-attribute-name" in rules(source)


def test_a_tuple_bound_under_two_names_at_once_is_still_a_table() -> None:
    source = _in_main("FIELDS = ALIAS = ('size', 'doc')\nfor key in FIELDS:\n    print(getattr(hook, key))\n")
    assert check(source).safe


@pytest.mark.parametrize(
    ("imports", "call"),
    [
        ("from json import JSONEncoder\n", "JSONEncoder.__init__(self, indent=names)"),
        ("import json\n", "json.JSONEncoder.__init__(self, indent=names)"),
        ("from difflib import SequenceMatcher\n", "SequenceMatcher.set_seq1(self, names)"),
    ],
)
def test_a_library_method_run_on_the_tools_object_leaves_no_class_constant(imports: str, call: str) -> None:
    attribute = "a" if "set_seq1" in call else "indent"
    source = (
        _SECRET
        + imports
        + f"class Report:\n    {attribute} = ('size', 'doc')\n"
        + f"    def load(self, names):\n        {call}\n"
        + f"    def show(self, obj):\n        for key in self.{attribute}:\n            print(getattr(obj, key))\n"
    )
    assert "computed-attribute-name" in rules(source)


def test_a_class_constant_table_stays_one_when_only_a_builtin_exception_init_runs_on_self() -> None:
    source = (
        "class Failure(Exception):\n    FIELDS = ('code', 'field')\n"
        "    def __init__(self, code, field):\n        Exception.__init__(self, code)\n"
        "        self.code, self.field = code, field\n"
        "    def describe(self):\n        return [getattr(self, key) for key in self.FIELDS]\n"
    )
    assert check(source).safe


def test_a_loop_over_written_rows_gives_a_column_of_identifiers_to_getattr() -> None:
    source = (
        "def check_name(v):\n    return v\n"
        "class Form:\n    def __init__(self):\n        self.username, self.email = 'a', 'b'\n"
        "    def validate(self):\n"
        "        for field, check in [('username', check_name), ('email', check_name)]:\n"
        "            check(getattr(self, field))\n"
    )
    assert check(source).safe


@pytest.mark.parametrize(
    "rows",
    ["[('size', hook), (name, hook)]", "[('size', hook), *[(name, hook)]]", "[('size', hook), ('doc',)]"],
)
def test_a_loop_over_rows_gives_no_identifiers_when_a_row_is_computed_starred_or_short(rows: str) -> None:
    source = _in_main(f"for field, check in {rows}:\n    print(getattr(hook, field))\n")
    assert "computed-attribute-name" in rules(source)


def test_an_enum_whose_values_are_tuples_of_other_members_has_members() -> None:
    source = (
        "from enum import Enum, Flag\nclass Permission(Flag):\n    READ = 1\n    WRITE = 2\n"
        "class Role(Enum):\n    GUEST = ('guest', Permission.READ)\n    OWNER = ('owner', Permission.WRITE)\n"
        "    def __init__(self, slug, perms):\n        self.slug = slug\n        self.perms = perms\n"
    )
    assert check(source).safe


@pytest.mark.parametrize(
    "inner",
    [
        "    def inner():\n        nonlocal key\n        T = [name]\n        for key in T:\n            pass\n",
        "    def inner():\n        nonlocal key\n        for key in [name]:\n            pass\n",
    ],
)
def test_a_loop_that_binds_an_outer_name_through_nonlocal_gives_it_no_table(inner: str) -> None:
    source = (
        _SECRET
        + "def outer(obj):\n    name = base64.b64decode('X19nbG9iYWxzX18=').decode()\n    T = ('size',)\n"
        + "    for key in T:\n        pass\n"
        + inner
        + "    inner()\n    return getattr(obj, key)\n"
    )
    assert "computed-attribute-name" in rules(source)


def test_a_global_bound_by_calling_a_local_function_is_not_an_object_of_the_module_class_of_that_name() -> None:
    source = (
        _SECRET
        + "class Tpl:\n    def format(self, *args):\n        return 'Tpl'\n"
        + "def load():\n    global obj\n    def Tpl(text):\n        return text\n"
        + "    obj = Tpl(base64.b64decode('ezAuX19nbG9iYWxzX199').decode())\n"
        + "obj = Tpl()\nload()\nprint(obj.format(hook))\n"
    )
    assert "computed-format-string" in rules(source)


def test_a_nested_function_binding_a_loop_name_through_nonlocal_reads_its_own_self_not_the_methods() -> None:
    source = (
        _SECRET
        + "class C:\n    FIELDS = ('size',)\n    def read(self, obj, other):\n"
        + "        for key in self.FIELDS:\n            pass\n"
        + "        def inner(self):\n            nonlocal key\n            for key in self.FIELDS:\n"
        + "                pass\n        inner(other)\n        return getattr(obj, key)\n"
    )
    assert "computed-attribute-name" in rules(source)


@pytest.mark.parametrize(
    "call",
    ["min(0, T, key=grab)", "max(T, 0, key=grab)", "max(Probe(), T)", "sum([Probe()], T)", "iter(Probe, T)"],
)
def test_a_builtin_that_hands_a_table_itself_to_the_tools_code_is_no_plain_read(call: str) -> None:
    source = _in_main(
        "def grab(value):\n    return 0\n"
        "class Probe:\n    def __eq__(self, other):\n        return True\n"
        "    def __lt__(self, other):\n        return True\n    def __radd__(self, other):\n        return other\n"
        f"T = ['size']\n{call}\nfor key in T:\n    print(getattr(hook, key))\n"
    )
    assert "computed-attribute-name" in rules(source)


def test_a_builtin_that_only_reads_a_table_leaves_it_a_table() -> None:
    source = _in_main("T = ['size', 'doc']\nprint(len(T), min(T), sorted(T, key=len), sum([], []))\n"
                      "for key in T:\n    print(getattr(hook, key))\n")
    assert check(source).safe


@pytest.mark.parametrize(
    "use",
    [
        "with warnings.catch_warnings(module=self):\n            pass",
        "with catch_warnings(**{'module': self}):\n            pass",
        "return functools.partial(warnings.catch_warnings, record=True)",
        "return catch_warnings",
    ],
)
def test_catch_warnings_is_only_called_directly_and_without_module(use: str) -> None:
    source = (
        "import functools\nimport warnings\nfrom warnings import catch_warnings\n"
        f"class C:\n    def run(self):\n        {use}\n"
    )
    assert "module-mutation" in rules(source)


def test_catch_warnings_called_directly_records_warnings() -> None:
    source = (
        "import warnings\ndef run():\n    with warnings.catch_warnings(record=True) as caught:\n"
        "        warnings.simplefilter('always')\n        warnings.warn('careful')\n    return len(caught)\n"
    )
    assert check(source).safe


_MAKES = "        made = type(self)('B', (), {})\n        return 24\n"


@pytest.mark.parametrize(
    "classes",
    [
        "class Net(ipaddress.IPv4Network):\n    def _prefix_from_prefix_string(self):\n" + _MAKES,
        "class Helper:\n    def _prefix_from_prefix_string(self):\n"
        + _MAKES
        + "class Net(Helper, ipaddress.IPv6Network):\n    pass\n",
        "class Day(datetime.date):\n    def fromtimestamp(self):\n" + _MAKES,
    ],
)
def test_a_method_overriding_a_library_bases_classmethod_has_no_own_object(classes: str) -> None:
    # ipaddress's _make_netmask runs cls._prefix_from_prefix_string(arg): a plain method gets arg as self
    assert "class-machinery" in rules("import datetime\nimport ipaddress\n" + classes)


def test_a_method_named_unlike_any_library_classmethod_keeps_its_own_object() -> None:
    source = (
        "import ipaddress\nclass Net(ipaddress.IPv4Network):\n"
        "    def widened(self):\n        return type(self)(self.supernet())\n"
    )
    assert check(source).safe


@pytest.mark.parametrize(
    "imports",
    [
        "from ipaddress import IPv4Network\nfrom ipaddress import IPv4Network\n",
        "try:\n    from ipaddress import IPv4Network\nexcept ImportError:\n    from ipaddress import IPv4Network\n",
    ],
)
def test_a_library_base_imported_twice_is_still_known_for_what_it_is(imports: str) -> None:
    source = imports + "class Net(IPv4Network):\n    def _prefix_from_prefix_string(self):\n" + _MAKES
    assert "class-machinery" in rules(source)


def test_a_library_base_under_a_module_imported_twice_is_still_known_for_what_it_is() -> None:
    source = "import collections\nimport collections\nclass Tally(collections.Counter):\n    pass\nTally.copy(int)\n"
    assert "class-machinery" in rules(source)


def test_a_base_name_imported_from_two_places_is_refused() -> None:
    source = (
        "try:\n    from ipaddress import IPv4Network as Base\nexcept ImportError:\n"
        "    from collections import Counter as Base\nclass Net(Base):\n    pass\n"
    )
    assert "class-machinery" in rules(source)


def test_a_method_overriding_a_builtin_bases_classmethod_has_no_own_object() -> None:
    source = "class Table(dict):\n    def fromkeys(self):\n" + _MAKES
    assert "class-machinery" in rules(source)


_FIELD = "import dataclasses\n@dataclasses.dataclass\nclass A:\n    x: int = 0\n"


@pytest.mark.parametrize(
    ("helper", "call"),
    [
        ("def rename(self, value):\n    self.name = value\n", "rename(first, payload)"),
        ("def rename(self, value):\n    setattr(self, 'name', value)\n", "rename(first, payload)"),
        ("class Namer:\n    def rename(self, value):\n        self.name = value\n", "Namer.rename(first, payload)"),
        ("", "object.__setattr__(first, 'name', payload)"),
    ],
)
def test_a_dataclass_field_is_not_renamed_through_a_parameter_spelled_self_or_object_setattr(
    helper: str, call: str
) -> None:
    # dataclasses pastes field names into the code of the methods it writes for a subclass
    source = _FIELD + helper + f"def main(payload):\n    first = dataclasses.fields(A)[0]\n    {call}\n"
    assert "module-mutation" in rules(source)


def test_a_dangerous_private_name_is_set_only_on_a_methods_own_object() -> None:
    source = "import warnings\ndef poke(self, value):\n    self._module = value\npoke(warnings.catch_warnings(), 1)\n"
    assert "private-attribute" in rules(source)


def test_a_method_sets_field_named_attributes_on_its_own_object_in_a_tool_that_reads_fields() -> None:
    source = (
        _FIELD
        + "class Column:\n    def __init__(self, name):\n        self.name = name\n"
        + "    def rename(self, name):\n        object.__setattr__(self, 'name', name)\n"
        + "def columns():\n    return [Column(f.name) for f in dataclasses.fields(A)]\n"
    )
    assert check(source).safe


@pytest.mark.parametrize(
    "store",
    [
        "[first][0].name = payload",
        "(first or first).name = payload",
        "(lambda: first)().name = payload",
        "setattr([first][0], 'name', payload)",
        "object.__setattr__((first or first), 'name', payload)",
    ],
)
def test_an_attribute_is_set_only_on_an_object_a_name_leads_to(store: str) -> None:
    source = _FIELD + f"def main(payload):\n    first = dataclasses.fields(A)[0]\n    {store}\n"
    assert "too-complex" in rules(source)


@pytest.mark.parametrize(
    "use",
    [
        "class MyField(dataclasses.Field):\n    pass\n",
        "from dataclasses import Field\nclass MyField(Field):\n    pass\n",
        "made = dataclasses.Field(0, dataclasses.MISSING, True, True, None, True, None, False)\n",
        "maker = dataclasses.Field\n",
    ],
)
def test_dataclasses_field_is_neither_made_nor_subclassed_by_the_tool(use: str) -> None:
    assert "module-mutation" in rules(_FIELD + use)


def test_dataclasses_field_may_be_named_in_isinstance_and_annotations() -> None:
    source = _FIELD + (
        "def describe(f: dataclasses.Field) -> str:\n    return f.name if isinstance(f, dataclasses.Field) else ''\n"
    )
    assert check(source).safe


@pytest.mark.parametrize(
    "body",
    [
        "class Holder:\n    f: int = dataclasses.field(default=0)\n",
        "def deco(c):\n    return c\n@dataclasses.dataclass\n@deco\n"
        "class Holder:\n    f: int = dataclasses.field(default=0)\n",
        "@dataclasses.dataclass\nclass Holder:\n    f: int = dataclasses.field(default=0)\n    keep = [f]\n",
    ],
)
def test_a_field_call_is_taken_in_only_by_a_dataclass_decorator_that_runs_first_on_a_body_that_never_reads_it(
    body: str,
) -> None:
    assert "module-mutation" in rules("import dataclasses\n" + body)


def test_decorators_that_run_after_dataclass_see_no_field() -> None:
    source = (
        "import dataclasses\nREGISTRY = {}\ndef register(c):\n    REGISTRY[c.__name__] = c\n    return c\n"
        "@register\n@dataclasses.dataclass\nclass Rule:\n    names: list = dataclasses.field(default_factory=list)\n"
    )
    assert "module-mutation" not in rules(source)


def test_fields_imported_under_another_name_still_guard_field_attribute_stores() -> None:
    source = (
        "import dataclasses\nfrom dataclasses import fields as columns\n"
        "@dataclasses.dataclass\nclass A:\n    x: int = 0\n"
        "def rename(target, value):\n    target.name = value\nrename(columns(A)[0], 'y')\n"
    )
    assert "module-mutation" in rules(source)


@pytest.mark.parametrize(
    "install",
    [
        "def install(target, source):\n    functools.update_wrapper(target, source, (), ())\n",
        "def install(target, source):\n    functools.wraps(source, assigned=(), updated=())(target)\n",
        "install = lambda target, source: functools.update_wrapper(target, source, (), ())\n",
    ],
)
def test_no_function_is_registered_where_wraps_may_give_any_function_another_functions_annotations(
    install: str,
) -> None:
    source = (
        "import functools\nimport warnings\n"
        + install
        + "@functools.singledispatch\ndef show(value):\n    return value\n"
        "def handler(value: int):\n    return value\ninstall(handler, warnings.simplefilter)\nshow.register(handler)\n"
    )
    assert "string-annotation" in rules(source)


def test_a_decorator_using_wraps_on_its_own_inner_function_leaves_registration_alone() -> None:
    source = (
        "import functools\ndef logged(func):\n    @functools.wraps(func)\n    def inner(*args):\n"
        "        return func(*args)\n    return inner\n"
        "@functools.singledispatch\ndef show(value):\n    return str(value)\n"
        "@show.register\ndef _(value: int):\n    return f'int {value}'\n"
        "@logged\ndef total(values):\n    return sum(values)\n"
    )
    assert check(source).safe


_DISPATCH = (
    "import functools\nimport io\nimport uuid\nimport abc\n@functools.singledispatch\ndef show(value):\n"
    "    return value\n"
)


@pytest.mark.parametrize("annotation", ["'uuid.os'", "'io.FileIO'", "'int | io.FileIO'", "'uuid'", "abc.ABCMeta"])
def test_a_registered_functions_annotations_name_only_classes_the_policy_lists(annotation: str) -> None:
    source = _DISPATCH + f"@show.register\ndef _(value: {annotation}):\n    return value\n"
    assert rules(source) & {"string-annotation", "class-machinery"}


def test_a_registered_function_may_name_module_classes_the_policy_lists() -> None:
    source = _DISPATCH + "import decimal\n@show.register\ndef _(value: 'decimal.Decimal'):\n    return str(value)\n"
    assert check(source).safe


def test_an_object_is_not_registered_where_its_class_rewraps_what_it_is_given() -> None:
    source = (
        _DISPATCH
        + "class Item:\n    def __init__(self, function):\n        functools.update_wrapper(self, function)\n"
        + "def source(value: int):\n    return value\nshow.register(Item(source))\n"
    )
    assert "string-annotation" in rules(source)


def test_copying_is_refused_where_a_new_of_the_tool_may_return_another_object() -> None:
    source = (
        "import copy\nimport dataclasses\nKEPT = []\n"
        "class Odd:\n    def __new__(cls, *args):\n        return KEPT[0] if KEPT else super().__new__(cls)\n"
        "def twin(x):\n    return copy.copy(x)\n"
    )
    assert "class-machinery" in rules(source)


def test_copying_objects_of_classes_whose_new_makes_new_objects_is_fine() -> None:
    source = (
        "import copy\nclass Point:\n    def __new__(cls, *args):\n        return super().__new__(cls)\n"
        "    def __init__(self, x):\n        self.x = x\ndef twin(p):\n    return copy.deepcopy(p)\n"
    )
    assert check(source).safe


def test_a_namedtuple_class_may_be_registered_by_name() -> None:
    source = (
        "import functools\nfrom collections import namedtuple\nCircle = namedtuple('Circle', 'radius')\n"
        "@functools.singledispatch\ndef area(shape):\n    return 0.0\n"
        "@area.register(Circle)\ndef _(shape):\n    return 3.14 * shape.radius ** 2\n"
    )
    assert check(source).safe


@pytest.mark.parametrize(
    "body",
    [
        "    marker: dataclasses.KW_ONLY = dataclasses.field(default=0)\n",
        "    spare: int = dataclasses.field(default=0)\n    spare: dataclasses.KW_ONLY\n",
        "    marker: 'KW_ONLY' = dataclasses.field(default=0)\n",
    ],
)
def test_a_field_call_under_kw_only_or_annotated_twice_stays_a_field_and_is_refused(body: str) -> None:
    source = "import dataclasses\nfrom dataclasses import KW_ONLY\n@dataclasses.dataclass\nclass A:\n" + body
    assert "module-mutation" in rules(source)


@pytest.mark.parametrize(
    "alias", ["from dataclasses import KW_ONLY as K\n", "import dataclasses\nK = dataclasses.KW_ONLY\n"]
)
def test_kw_only_is_written_only_under_its_own_name(alias: str) -> None:
    source = alias + "import dataclasses\n@dataclasses.dataclass\nclass A:\n    x: int\n    _: K\n    y: int = 0\n"
    assert "module-mutation" in rules(source)


def test_kw_only_as_written_in_the_docs_is_fine() -> None:
    source = (
        "import dataclasses\n@dataclasses.dataclass\nclass Options:\n    name: str\n"
        "    _: dataclasses.KW_ONLY\n    retries: int = 3\n    tags: list = dataclasses.field(default_factory=list)\n"
    )
    assert check(source).safe


@pytest.mark.parametrize("annotation", ["'Code[\"RUN\"]'", "Code['RUN']", "'kwlist[0]'", "'uuid.UUID[1]'"])
def test_a_registered_annotation_subscripts_only_typing_generics_and_builtin_containers(annotation: str) -> None:
    source = (
        _DISPATCH
        + "import enum\nimport typing\nfrom keyword import kwlist\nclass Code(str, enum.Enum):\n    RUN = 'x'\n"
        + f"@show.register\ndef _(value: {annotation}):\n    return value\n"
    )
    assert "string-annotation" in rules(source)


@pytest.mark.parametrize("annotation", ["typing.Optional[int]", "'Union[int, str]'", "list[int] | None"])
def test_a_registered_annotation_may_use_typing_generics(annotation: str) -> None:
    source = (
        _DISPATCH
        + "import typing\nfrom typing import Union\n"
        + f"@show.register\ndef _(value: {annotation}):\n    return value\n"
    )
    assert check(source).safe


def test_a_finding_inside_a_registered_string_annotation_points_at_the_string() -> None:
    source = _DISPATCH + "\n\n@show.register\ndef _(value: 'uuid.os'):\n    return value\n"
    found = [f for f in check(source).findings if f.rule == "string-annotation"]
    assert found and found[0].line == source.count("\n") - 1


@pytest.mark.parametrize(
    "annotation",
    ["asyncio.FIRST_EXCEPTION", "string.ascii_lowercase", "'enum.KEEP'", "typing.Optional[decimal.ROUND_UP]", "R"],
)
def test_a_registered_annotation_names_library_classes_not_their_string_constants(annotation: str) -> None:
    # typing looks a str up as a name in the tool's globals and evaluates the str it finds there as code
    source = (
        _DISPATCH
        + "import asyncio\nimport decimal\nimport enum\nimport string\nimport typing\n"
        + "from decimal import ROUND_UP as R\n"
        + f"@show.register\ndef _(value: {annotation}):\n    return value\n"
    )
    assert "string-annotation" in rules(source)


@pytest.mark.parametrize("annotation", ["__doc__", "typing.Optional[__doc__]", "list[__doc__]", "print"])
def test_a_builtin_name_in_a_registered_annotation_must_be_a_class(annotation: str) -> None:
    # __doc__ is the module's docstring there, which typing evaluates as code
    source = '"""print(1)"""\n' + _DISPATCH + f"import typing\n@show.register\ndef _(value: {annotation}):\n"
    source += "    return 1\n"
    assert "string-annotation" in rules(source)


def test_a_builtin_class_in_a_registered_annotation_is_fine() -> None:
    source = _DISPATCH + "@show.register\ndef _(value: int | float):\n    return value * 2\n"
    assert check(source).safe


@pytest.mark.parametrize(
    ("setup", "call"),
    [
        ("K = difflib.SequenceMatcher\n", "K.set_seq1(self, names)"),
        ("KINDS = (difflib.SequenceMatcher,)\n", "KINDS[0].set_seq1(self, names)"),
        ("def maker():\n    return difflib.SequenceMatcher\n", "maker().set_seq1(self, names)"),
    ],
)
def test_a_library_method_run_on_self_by_any_spelling_leaves_no_class_constant(setup: str, call: str) -> None:
    source = (
        "import difflib\n"
        + setup
        + "class Report:\n    a = ('size', 'doc')\n"
        + f"    def load(self, names):\n        {call}\n"
        + "    def show(self, obj):\n        for key in self.a:\n            print(getattr(obj, key))\n"
    )
    assert "computed-attribute-name" in rules(source)


def test_self_given_to_the_tools_own_functions_and_builtins_keeps_class_constants() -> None:
    source = (
        "import copy\ndef log(obj):\n    return repr(obj)\n"
        "class Report:\n    FIELDS = ('size', 'doc')\n    def __init__(self):\n        self.size, self.doc = 1, ''\n"
        "    def twin(self):\n        log(self)\n        return copy.copy(self)\n"
        "    def show(self):\n        return [getattr(self, key) for key in self.FIELDS]\n"
    )
    assert check(source).safe


def test_a_dunder_name_in_a_registered_annotation_is_refused_even_with_a_nested_class_of_that_name() -> None:
    source = (
        "import functools\nclass C:\n    '''print(1)'''\n    @functools.singledispatchmethod\n"
        "    def m(self, x):\n        return x\n    @m.register\n    def _(self, v: __doc__):\n        return v\n"
        "    class __doc__:\n        pass\n"
    )
    assert "string-annotation" in rules(source)


@pytest.mark.parametrize(
    "value",
    [
        "K = difflib.SequenceMatcher\n",
        "KINDS = (difflib.SequenceMatcher,)\n",
        "from random import Random\nmakers = {'r': Random}\n",
    ],
)
def test_a_library_class_whose_methods_set_attributes_on_self_is_no_value(value: str) -> None:
    # K.set_seq1(obj, v), by any spelling (keyword self=, *args, partial, map), sets obj.a
    assert "class-machinery" in rules("import difflib\n" + value)


def test_library_classes_are_still_called_subclassed_and_checked() -> None:
    source = (
        "import difflib\nimport random\nclass Fuzzy(difflib.SequenceMatcher):\n    pass\n"
        "def similar(a, b):\n    return difflib.SequenceMatcher(None, a, b).ratio() > 0.8\n"
        "def roll(seed):\n    r = random.Random(seed)\n    return isinstance(r, random.Random) and r.randint(1, 6)\n"
    )
    assert check(source).safe


@pytest.mark.parametrize(
    "body",
    [
        "    y: int = classmethod(property(grab))\n",
        "    @classmethod\n    @property\n    def y(cls):\n        return grab(cls)\n",
    ],
)
def test_classmethod_wraps_only_a_function(body: str) -> None:
    # classmethod hands reads on to a property: dataclasses' getattr of each annotated name runs the getter
    # while the class still holds its Fields
    source = (
        "import dataclasses\nSEEN = []\ndef grab(cls):\n    SEEN.append(cls.x)\n    return 0\n"
        "@dataclasses.dataclass\nclass A:\n    x: int = dataclasses.field(default=0)\n" + body
    )
    assert "class-machinery" in rules(source)
