"""The rules the forty-eighth red-team round led to (10 working escapes through 4 holes: a starred item that
shifts a tuple assignment's pairs, one list under two names, and a library method run on the tool's object
that sets attributes over a class constant), and the blind ordinary tools it let through."""

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
