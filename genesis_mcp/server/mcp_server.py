"""MCPServer with one change: argument validation errors use our error format."""

from __future__ import annotations

from typing import Any

from mcp.server.mcpserver import Context, MCPServer
from mcp.server.mcpserver.exceptions import ToolError
from mcp.types import CallToolResult, InputRequiredResult
from pydantic import ValidationError

from genesis_mcp.errors import NotFound
from genesis_mcp.server.errors import error_result, from_validation

__all__ = ["GenesisMCPServer"]


class GenesisMCPServer(MCPServer[Any]):
    """The SDK reports bad arguments as free text; we report them as ``[invalid_input]`` with the field names,
    like every other refusal, so a client can rely on one error shape."""

    async def call_tool(
        self, name: str, arguments: dict[str, Any], context: Context[Any, Any] | None = None
    ) -> CallToolResult | InputRequiredResult:
        if self._tool_manager.get_tool(name) is None:
            return error_result(NotFound(f"no tool named '{name}'; list the tools to see what exists", argument="name"))
        try:
            return await super().call_tool(name, arguments, context)
        except ToolError as exc:
            if isinstance(exc.__cause__, ValidationError):
                return error_result(from_validation(exc.__cause__))
            raise
