"""Schemas come from the entry function's hints, read from the syntax tree (the code never runs)."""

from __future__ import annotations

import pytest

from genesis_mcp.errors import InvalidInput
from genesis_mcp.toolsmith.signature import read_signature

TYPED = '''
from typing import Literal, Optional
def convert(value: float, unit: Literal["km", "mi"] = "km", tags: list[str] | None = None,
            weights: "dict[str, int]" = {}, note: Optional[str] = None) -> dict[str, float]:
    """Convert a distance."""
    return {}
'''


def test_the_input_schema_follows_the_type_hints_and_defaults() -> None:
    sig = read_signature(TYPED, "convert")
    schema = sig.input_schema()
    assert schema["required"] == ["value"]
    assert schema["additionalProperties"] is False
    props = schema["properties"]
    assert props["value"] == {"type": "number"}
    assert props["unit"] == {"enum": ["km", "mi"], "type": "string", "default": "km"}
    assert props["tags"]["anyOf"] == [{"items": {"type": "string"}, "type": "array"}, {"type": "null"}]
    assert props["weights"]["additionalProperties"] == {"type": "integer"}
    assert sig.output_schema() == {"additionalProperties": {"type": "number"}, "type": "object"}
    assert sig.doc == "Convert a distance."


def test_the_entry_is_the_function_named_like_the_tool_then_run_then_the_only_public_one() -> None:
    two = "def helper(x: int) -> int:\n    return x\ndef run(x: int) -> int:\n    return x\n"
    assert read_signature(two, "my_tool").entry == "run"
    named = "def run(x: int) -> int:\n    return x\ndef my_tool(x: int) -> int:\n    return x\n"
    assert read_signature(named, "my_tool").entry == "my_tool"
    one = "def _private(x: int) -> int:\n    return x\ndef only(x: int) -> int:\n    return x\n"
    assert read_signature(one, "my_tool").entry == "only"


def test_an_async_entry_is_recognised() -> None:
    assert read_signature("async def run(x: int) -> int:\n    return x\n", "t").is_async


@pytest.mark.parametrize(
    ("source", "argument"),
    [
        ("def run(x) -> int:\n    return 1\n", "source"),
        ("def run(x: int):\n    return 1\n", "source"),
        ("def run(x: set[int]) -> int:\n    return 1\n", "source"),
        ("def run(x: dict[int, str]) -> int:\n    return 1\n", "source"),
        ("def run(*args: int) -> int:\n    return 1\n", "source"),
        ("def run(x: int, /) -> int:\n    return 1\n", "source"),
        ("def run(_x: int) -> int:\n    return 1\n", "source"),
        ("def run(x: int = len('a')) -> int:\n    return 1\n", "source"),
        ("def run(x: int) -> MyClass:\n    return 1\n", "source"),
        ("def a(x: int) -> int:\n    return 1\ndef b(x: int) -> int:\n    return 1\n", "entry"),
        ("x = 1\n", "entry"),
        ("def run(x: int) -> int\n    return 1\n", "source"),
    ],
    ids=[
        "no-hint",
        "no-return-hint",
        "set",
        "int-keys",
        "varargs",
        "positional-only",
        "underscore",
        "computed-default",
        "class-return",
        "ambiguous-entry",
        "no-function",
        "syntax-error",
    ],
)
def test_entries_whose_schema_cannot_be_built_are_refused_naming_the_problem(source: str, argument: str) -> None:
    with pytest.raises(InvalidInput) as info:
        read_signature(source, "tool")
    assert info.value.argument == argument


def test_an_explicit_entry_that_does_not_exist_is_refused() -> None:
    with pytest.raises(InvalidInput) as info:
        read_signature("def run(x: int) -> int:\n    return x\n", "tool", entry="main")
    assert info.value.argument == "entry"
