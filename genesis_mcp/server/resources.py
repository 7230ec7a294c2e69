"""Read-only resources: genesis://agents and genesis://stats."""

from __future__ import annotations

import json

from mcp.server.mcpserver import MCPServer

from genesis_mcp.app import Genesis

__all__ = ["register_core_resources"]


def register_core_resources(mcp: MCPServer, app: Genesis) -> None:
    @mcp.resource("genesis://agents", name="agents", mime_type="application/json", description="Every active agent.")
    async def agents_resource() -> str:
        agents = await app.agents.list()
        return json.dumps([a.model_dump(mode="json") for a in agents], indent=2)

    @mcp.resource(
        "genesis://stats", name="stats", mime_type="application/json", description="Statistics from recorded outcomes."
    )
    async def stats_resource() -> str:
        stats = await app.outcomes.statistics()
        return stats.model_dump_json(indent=2)
