"""Helpers shared by the test modules (``tests`` is on pytest's pythonpath)."""

from __future__ import annotations

import textwrap
from typing import Any

import pytest

from genesis_mcp.safety import check

__all__ = ["ERAS", "error_code", "rules"]

ERAS = pytest.mark.parametrize("mode", ["auto", "legacy"], ids=["era-2026-07-28", "era-2025-11-25"])


def error_code(result: Any) -> str:
    """The ``code`` of a genesis tool error result (tests assert on codes, not on message text)."""
    assert result.is_error, f"expected an error, got {result.structured_content!r}"
    text = result.content[0].text
    assert text.startswith("["), text
    return str(text[1 : text.index("]")])


def rules(source: str) -> set[str]:
    """The rule ids the safety checker reports for a (dedented) source."""
    return {f.rule for f in check(textwrap.dedent(source)).findings}
