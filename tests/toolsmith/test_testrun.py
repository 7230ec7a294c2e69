"""How a tool's result is compared with a test's expected JSON value."""

from __future__ import annotations

import pytest

from genesis_mcp.toolsmith.testrun import json_equal


@pytest.mark.parametrize(
    ("got", "expected"),
    [
        (0.1 + 0.2, 0.3),
        (3, 3.0),
        ({"a": [1, {"b": None}]}, {"a": [1, {"b": None}]}),
        ("text", "text"),
        (None, None),
    ],
)
def test_equal_json_values_match(got: object, expected: object) -> None:
    assert json_equal(got, expected)


@pytest.mark.parametrize(
    ("got", "expected"),
    [
        (True, 1),
        (0, False),
        ("1", 1),
        ([1, 2], [2, 1]),
        ({"a": 1}, {"a": 1, "b": 2}),
        (1.0001, 1.0),
        (None, 0),
        ([1], [1, 1]),
    ],
)
def test_different_json_values_do_not_match(got: object, expected: object) -> None:
    assert not json_equal(got, expected)
