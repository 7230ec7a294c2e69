"""The public formats, as JSON Schemas generated from their pydantic models.

``schemas/`` in the repository holds the generated files; ``tests/test_schemas.py`` fails when a model
and its file drift apart. Regenerate with ``python -m genesis_mcp.schemas``.
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from typing import Any

from pydantic import BaseModel

__all__ = ["PUBLIC_SCHEMAS", "render_all", "write_all"]

# file name -> "module:Model". Strings, so that this module imports nothing heavy until asked.
PUBLIC_SCHEMAS: dict[str, str] = {
    "agent.schema.json": "genesis_mcp.agents.models:AgentSpec",
    "outcome.schema.json": "genesis_mcp.learning.models:Outcome",
    "task.schema.json": "genesis_mcp.planning.models:TaskSpec",
    "plan.schema.json": "genesis_mcp.planning.models:Plan",
    "rules.schema.json": "genesis_mcp.routing.rules:RuleSet",
    "policy.schema.json": "genesis_mcp.safety.policy:Policy",
    "tool_spec.schema.json": "genesis_mcp.toolsmith.spec:ToolSpec",
    "tool_test.schema.json": "genesis_mcp.toolsmith.spec:TestCase",
}


def _model(ref: str) -> type[BaseModel]:
    module, _, name = ref.partition(":")
    model = getattr(importlib.import_module(module), name)
    assert isinstance(model, type) and issubclass(model, BaseModel), ref
    return model


def render(ref: str, file_name: str) -> dict[str, Any]:
    schema = _model(ref).model_json_schema(mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://genesis-mcp.dev/schemas/{file_name}",
        **schema,
    }


def render_all() -> dict[str, str]:
    """File name -> the text that file should hold."""
    return {
        name: json.dumps(render(ref, name), indent=2, sort_keys=True) + "\n" for name, ref in PUBLIC_SCHEMAS.items()
    }


def write_all(directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in render_all().items():
        path = directory / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    root = Path(__file__).resolve().parent.parent / "schemas"
    for p in write_all(root):
        sys.stderr.write(f"wrote {p}\n")
