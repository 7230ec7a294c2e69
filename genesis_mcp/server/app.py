"""Build the MCP server: the only place that maps MCP onto the domain."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from mcp.server.mcpserver import MCPServer

from genesis_mcp import __version__
from genesis_mcp.app import Genesis
from genesis_mcp.server.core_tools import register_core_tools
from genesis_mcp.server.mcp_server import GenesisMCPServer
from genesis_mcp.server.notify import Announcer, advertise_list_changed
from genesis_mcp.server.orchestration_tools import register_orchestration_tools
from genesis_mcp.server.prompts import AgentPrompts
from genesis_mcp.server.registry import ToolRegistry
from genesis_mcp.server.resources import register_core_resources
from genesis_mcp.server.runtime import Runtime
from genesis_mcp.server.tool_tools import register_tool_tools

__all__ = ["INSTRUCTIONS", "build_server"]

INSTRUCTIONS = (
    "genesis-mcp plans requests as task DAGs, routes tasks to agents with explanations, creates agents and "
    "sandboxed tools at runtime, and learns from recorded outcomes. Register agents with register_agent, "
    "report results with record_outcome, and read what was learned with get_statistics. When no tool fits a "
    "job, write one with create_tool (or ask generate_tool); it becomes a new MCP tool, also callable through "
    "call_generated_tool."
)


def build_server(app: Genesis, **server_options: Any) -> MCPServer:
    """An MCPServer over ``app``. ``server_options`` go to MCPServer (auth settings for HTTP)."""
    announcer = Announcer()
    runtime: Runtime | None = None

    @asynccontextmanager
    async def lifespan(_: MCPServer) -> AsyncIterator[Genesis]:
        assert runtime is not None
        async with runtime.session() as genesis:
            yield genesis

    mcp = GenesisMCPServer(
        "genesis-mcp",
        version=__version__,
        instructions=INSTRUCTIONS,
        lifespan=lifespan,
        subscriptions=announcer.bus,
        middleware=[announcer.middleware],
        log_level=app.settings.log_level,
        **server_options,
    )
    advertise_list_changed(mcp._lowlevel_server)
    registry = ToolRegistry(mcp, app, announcer)
    prompts = AgentPrompts(mcp, app, announcer)
    runtime = Runtime(app, registry, prompts, announcer)
    register_core_tools(mcp, app, announcer, prompts.sync)
    register_core_resources(mcp, app)
    register_tool_tools(mcp, app, registry, announcer)
    register_orchestration_tools(mcp, app, registry, prompts)
    app.reserve_tool_names(t.name for t in mcp._tool_manager.list_tools())
    return mcp
