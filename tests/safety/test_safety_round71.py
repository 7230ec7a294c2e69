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
    ],
)
def test_a_field_annotated_with_what_may_hold_text_is_refused_where_the_tool_names_kw_only(
    binding: str, annotation: str
) -> None:
    assert "class-machinery" in rules(_KEPT_FIELD.format(binding=binding, annotation=annotation))


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
        "'Point'",
        "None",
    ],
)
def test_ordinary_field_annotations_pass_beside_kw_only(annotation: str) -> None:
    source = (
        "import typing\nfrom dataclasses import dataclass, field, KW_ONLY\nfrom typing import Optional\n\n\n"
        "class Point:\n    pass\n\n\n@dataclass\nclass Config:\n    name: str\n    _: KW_ONLY\n"
        f"    value: {annotation} = field(default=None)\n"
    )
    assert check(source).safe, check(source).describe()


def test_a_type_alias_in_a_field_annotation_passes_in_a_tool_that_does_not_name_kw_only() -> None:
    source = (
        "from dataclasses import dataclass, field\n\nVector = list[float]\n\n\n"
        "@dataclass\nclass Shape:\n    points: Vector = field(default_factory=list)\n"
    )
    assert check(source).safe
