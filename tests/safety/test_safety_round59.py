"""The rules the fifty-ninth red-team round led to. Round 59: 3 working escapes through 1 hole (the methods
dataclasses writes as source, run in the tool's module, call ``type``, ``super`` and ``hash`` by name: a
module-level ``def type(value)`` or ``def super(template, value)`` ran with the tool's own object, whose text
its body filled as a caller's template, walking to the generated method's ``__globals__``)."""

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
