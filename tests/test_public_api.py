"""The package's public surface is explicit and pinned."""

from __future__ import annotations

import genesis_mcp
from genesis_mcp import errors


def test_the_package_exports_its_version_and_error_base() -> None:
    assert sorted(genesis_mcp.__all__) == ["GenesisError", "__version__"]


def test_every_error_has_a_distinct_code_and_only_unavailable_ones_are_retryable() -> None:
    classes = [getattr(errors, name) for name in errors.__all__]
    codes = [c.code for c in classes]
    assert len(codes) == len(set(codes))
    for cls in classes:
        assert cls.retryable == issubclass(cls, errors.Unavailable), cls


def test_error_text_starts_with_its_code_and_names_the_argument() -> None:
    err = errors.NotFound("no agent named 'x'", argument="agent")
    assert str(err) == "[not_found] no agent named 'x' (argument 'agent')"
    assert err.to_dict() == {
        "code": "not_found",
        "message": "no agent named 'x'",
        "retryable": False,
        "argument": "agent",
    }
