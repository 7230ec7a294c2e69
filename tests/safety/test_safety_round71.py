"""The rules red-team round 71 led to.

Round 71 (reader a): 3 working escapes through 1 hole. dataclasses leaves a ``field(...)`` on the class as a
Field when its annotation is the KW_ONLY marker, and it takes a *string* annotation for the marker when the
string names a module global that holds it (``dataclasses._is_type``). The checker looked for the word
KW_ONLY in the annotation as written, so ``S = "KW_" + "ONLY"`` and ``x: S = field(default=0)`` kept the
Field, which a second dataclass took as a default, the tool renamed, and a subclass's generated
``__repr__`` pasted into the code dataclasses runs. ``from dataclasses import KW_ONLY as K`` with a string
``"K"`` did the same without any use of ``K``. Now, in a tool that names KW_ONLY, a field's annotation must
be a class, a builtin, an import or a module attribute written out (or those subscripted and joined with
``|``), and KW_ONLY may not be imported under another name.

Round 71 (reader b): no escape in 5 attempts at the allowed modules (namedtuple's ``module=``, warnings,
asyncio futures, singledispatch over a rewrapped object).

Round 72 (reader a): 3 working escapes through 1 hole in that rule: a name bound by a class statement
counted as a class, but a decorator returns what it likes (``@operator.attrgetter("text")`` over a class
whose ``text`` is "KW_ONLY", or a def of the tool's). Such a name now counts as a class only where every
class statement of that name keeps its class (plain_classes.names_its_class).

Round 72 (reader b): no escape in 21 attempts at names built at run time, but a gap: a dataclass field may
be annotated with a dunder name (``__init__: int = 0``), and a guard over ``{f.name for f in fields(D)}``
then let ``getattr`` read that dunder off any object, past the rules for ``__init__``/``__call__``. A class
body may no longer annotate a dunder (``__slots__`` and ``__match_args__`` excepted).

Round 73 (reader a): 3 working escapes through 1 hole. ``functools.update_wrapper(target, source, ("name",),
())`` (or ``wraps(source, ("name",), ())(target)``) with a Field from ``dataclasses.fields(Base)`` as the
target renamed it (the AttributeError on ``__wrapped__`` after it was caught), and a subclass pasted the name
into its generated ``__eq__``. wraps/update_wrapper may no longer copy what dataclasses reads off a Field
(name, type, default, default_factory, init, repr, hash, compare).

Round 74 (reader a): 1 working escape through 1 hole in the type-alias allowance beside KW_ONLY:
``S = dict.get({"m": "KW_ONLY"}, "m")`` is recorded like ``S = dict[...]`` (an item of ``dict``), so it
passed as a generic alias. An alias now counts only where its source name is never used with an attribute
(``dict.get``, typing's ``Mapping.get``), and ``C.b.name = v`` on a class dataclasses made counts as renaming
a Field it may have left there.

Round 74 (reader b): no escape in 12 attempts at standard-library code generation, but a gap:
``cls("Made", names)`` in a classmethod of the tool's own Enum was not judged as the functional API (member
names computed at run time, ``__init_subclass__`` among them); only "an Enum with members cannot be
extended" stopped it at run time. The first parameter of a method of the tool's Enum class is now judged
as the class when called with a name and members.
"""

from __future__ import annotations

import pytest
from support import rules

from genesis_mcp.safety import check

_KEPT_FIELD = """\
from dataclasses import dataclass, field, KW_ONLY

{binding}


@dataclass
class Holder:
    x: {annotation} = field(default=0)


@dataclass
class Base:
    y: int = Holder.x


Holder.x.name = "y if {{print(1)}} else 0"
"""


@pytest.mark.parametrize(
    ("binding", "annotation"),
    [
        ('S = "KW_" + "ONLY"', "S"),
        ('S = "KW_ONLY"', "S"),
        ('T = ("KW_ONLY",)', "T[0]"),
        ('def f():\n    return "KW_ONLY"', "f()"),
        ('class N:\n    K = "KW_ONLY"', "N.K"),
        ('class N:\n    def __class_getitem__(cls, key):\n        return "KW_ONLY"', "N[0]"),
        ('import operator\n\n@operator.attrgetter("text")\nclass M:\n    text = "KW_ONLY"', "M"),
        ('def tag(cls):\n    return "KW_" + "ONLY"\n\n@tag\nclass M:\n    pass', "M"),
        ('T = ("KW_ONLY",)\nS = T[0]', "S"),
        ("from string import ascii_letters\nS = ascii_letters[0:7]", "S"),
        ('S = dict.get({"m": "KW_ONLY"}, "m")', "S"),
        ('from typing import Mapping\nS = Mapping.get({"m": "KW_ONLY"}, "m")', "S"),
        ('from typing import get_type_hints\n\nclass M:\n    k: KW_ONLY\n\nS = get_type_hints(M)["k"]', "S"),
        ('import typing\n\nclass M:\n    k: KW_ONLY\n\nH = typing.get_type_hints(M)\nS = H["k"]', "S"),
    ],
)
def test_a_field_annotated_with_what_may_hold_text_is_refused_where_the_tool_names_kw_only(
    binding: str, annotation: str
) -> None:
    assert "class-machinery" in rules(_KEPT_FIELD.format(binding=binding, annotation=annotation))


def test_renaming_an_attribute_of_a_dataclass_is_refused_where_it_may_be_a_field_left_there() -> None:
    source = (
        "from dataclasses import dataclass, field\n\n\n@dataclass\nclass Holder:\n    b: int = 0\n\n\n"
        "Holder.b.name = 'y'\n"
    )
    assert "module-mutation" in rules(source)


def test_kw_only_imported_under_another_name_is_refused_even_unused() -> None:
    source = 'from dataclasses import dataclass, field, KW_ONLY as K\n\nS = "K"\n\n\n@dataclass\nclass H:\n'
    source += "    x: S = field(default=0)\n"
    assert "module-mutation" in rules(source)
    assert "module-mutation" in rules("from dataclasses import KW_ONLY as K\n")


@pytest.mark.parametrize(
    "annotation",
    [
        "int",
        "dict[str, str]",
        "list[int] | None",
        "Optional[int]",
        "typing.Optional[int]",
        "Point",
        "Point | None",
        "Row",
        "'Point'",
        "None",
    ],
)
def test_ordinary_field_annotations_pass_beside_kw_only(annotation: str) -> None:
    source = (
        "import typing\nfrom dataclasses import dataclass, field, KW_ONLY\nfrom typing import Optional\n\n\n"
        "class Point:\n    pass\n\n\n@dataclass\nclass Row:\n    n: int = 0\n\n\n"
        "@dataclass\nclass Config:\n    name: str\n    _: KW_ONLY\n"
        f"    value: {annotation} = field(default=None)\n"
    )
    assert check(source).safe, check(source).describe()


@pytest.mark.parametrize("alias", ["list[str]", "dict[str, int]", "frozenset[str]", "Optional[int]", "tuple[int, int]"])
def test_a_type_alias_of_a_generic_passes_as_a_field_annotation_beside_kw_only(alias: str) -> None:
    source = (
        "import typing\nfrom dataclasses import dataclass, field, KW_ONLY\nfrom typing import Optional\n\n"
        f"Alias = {alias}\n\n\n@dataclass\nclass Config:\n    name: str\n    _: KW_ONLY\n"
        "    value: Alias = field(default=None)\n"
    )
    assert check(source).safe, check(source).describe()


def test_a_type_alias_in_a_field_annotation_passes_in_a_tool_that_does_not_name_kw_only() -> None:
    source = (
        "from dataclasses import dataclass, field\n\nVector = list[float]\n\n\n"
        "@dataclass\nclass Shape:\n    points: Vector = field(default_factory=list)\n"
    )
    assert check(source).safe


@pytest.mark.parametrize("name", ["__init__", "__repr__", "__call__", "__new__"])
def test_a_class_body_may_not_annotate_a_dunder_name(name: str) -> None:
    source = (
        "from dataclasses import dataclass, fields\n\n\n@dataclass\nclass D:\n"
        f"    {name}: str = 'x'\n    label: str = 'y'\n\n\n"
        "def look(obj, key):\n    if key in {f.name for f in fields(D)}:\n        return getattr(obj, key)\n"
    )
    assert "class-machinery" in rules(source)


def test_slots_and_match_args_may_still_be_annotated() -> None:
    source = (
        "class P:\n    __slots__: tuple[str, ...] = ('x', 'y')\n    __match_args__: tuple[str, ...] = ('x', 'y')\n\n"
        "    def __init__(self, x: int, y: int) -> None:\n        self.x = x\n        self.y = y\n"
    )
    assert check(source).safe, check(source).describe()


@pytest.mark.parametrize(
    "call",
    [
        'functools.update_wrapper(target, source, ("name",), ())',
        'functools.wraps(source, ("name",), ())(target)',
        'functools.update_wrapper(target, source, assigned=["type"], updated=())',
        'functools.update_wrapper(target, source, ("__doc__", "default"), ())',
    ],
)
def test_wraps_and_update_wrapper_may_not_copy_what_dataclasses_reads_off_a_field(call: str) -> None:
    source = (
        "import dataclasses\nimport functools\n\n\n@dataclasses.dataclass\nclass Base:\n    a: int = 1\n\n\n"
        f"def relabel(target, source):\n    try:\n        {call}\n    except AttributeError:\n        pass\n"
    )
    assert "module-mutation" in rules(source)


def test_wraps_copying_the_usual_names_still_passes() -> None:
    source = (
        "import functools\n\n\ndef logged(func):\n    @functools.wraps(func, assigned=('__name__', '__doc__'))\n"
        "    def inner(*args, **kwargs):\n        return func(*args, **kwargs)\n\n    return inner\n"
    )
    assert check(source).safe, check(source).describe()


@pytest.mark.parametrize("members", ["names", "[(x, 1) for x in names]"])
def test_the_enum_functional_api_through_cls_in_a_classmethod_needs_constant_member_names(members: str) -> None:
    source = (
        "import enum\n\n\nclass Base(enum.Enum):\n    A = 1\n\n    @classmethod\n    def make(cls, names):\n"
        f"        return cls('Made', {members})\n"
    )
    assert "class-machinery" in rules(source)


def test_an_enum_classmethod_looking_a_member_up_by_value_still_passes() -> None:
    source = (
        "import enum\n\n\nclass Color(enum.Enum):\n    RED = 1\n    BLUE = 2\n\n    @classmethod\n"
        "    def parse(cls, text: str) -> 'Color':\n        return cls(int(text))\n"
    )
    assert check(source).safe, check(source).describe()
