"""The JSON Schemas in schemas/ are generated from the models; this fails when they drift."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from genesis_mcp.schemas import PUBLIC_SCHEMAS, render_all

SCHEMAS = Path(__file__).resolve().parent.parent / "schemas"


@pytest.mark.parametrize("name", sorted(PUBLIC_SCHEMAS))
def test_each_schema_file_matches_its_model(name: str) -> None:
    path = SCHEMAS / name
    assert path.exists(), f"missing {path}: run python -m genesis_mcp.schemas"
    assert json.loads(path.read_text()) == json.loads(render_all()[name]), (
        f"{name} drifted from its model: run python -m genesis_mcp.schemas"
    )


def test_schemas_directory_holds_only_generated_schemas() -> None:
    assert {p.name for p in SCHEMAS.glob("*.json")} == set(PUBLIC_SCHEMAS)
