"""Toolsmith: tool specs, generation (model or templates), checking, testing in the sandbox, versions."""

from genesis_mcp.toolsmith.spec import MAX_SOURCE_BYTES, NAME_PATTERN, Provenance, TestCase, ToolSpec

__all__ = ["MAX_SOURCE_BYTES", "NAME_PATTERN", "Provenance", "TestCase", "ToolSpec"]
