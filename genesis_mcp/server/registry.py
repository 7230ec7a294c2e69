"""The one registry of generated tools: the only code that adds or removes MCP tools at runtime.

The database is the truth. :meth:`ToolRegistry.sync` makes the MCP server's tool list match the active
versions in the store and announces a change to every client; it runs at start-up, after each local
change, and whenever another process on the same database changes the tools.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from typing import Any

from mcp.server.mcpserver import MCPServer
from mcp.types import CallToolResult

from genesis_mcp.app import Genesis
from genesis_mcp.errors import GenesisError, NotFound
from genesis_mcp.server.errors import error_result
from genesis_mcp.server.notify import Announcer
from genesis_mcp.toolsmith.repository import ToolVersion
from genesis_mcp.toolsmith.signature import read_signature

__all__ = ["GENERATED_META_KEY", "ToolRegistry"]

log = logging.getLogger(__name__)

GENERATED_META_KEY = "genesis/generated"


class ToolRegistry:
    def __init__(self, mcp: MCPServer, app: Genesis, announcer: Announcer) -> None:
        self._mcp = mcp
        self._app = app
        self._announcer = announcer
        self._live: dict[str, ToolVersion] = {}
        self._lock = asyncio.Lock()

    @property
    def names(self) -> list[str]:
        return sorted(self._live)

    def live(self, name: str) -> ToolVersion:
        version = self._live.get(name)
        if version is None:
            raise NotFound(f"no generated tool named '{name}' is active", argument="name")
        return version

    async def sync(self, *, announce: bool = True) -> bool:
        """Match the MCP tool list to the store's active versions. Returns whether anything changed."""
        async with self._lock:
            repo = self._app.tools
            active = await repo.active_hashes()
            changed = False
            for name in list(self._live):
                if name not in active:
                    self._mcp.remove_tool(name)
                    del self._live[name]
                    changed = True
            for name, (number, digest) in active.items():
                current = self._live.get(name)
                if current is not None and current.content_hash == digest:
                    continue
                version = await repo.version(name, number)
                if current is not None:
                    # add_tool keeps an existing tool of the same name: remove it first.
                    self._mcp.remove_tool(name)
                try:
                    self._add(version)
                except Exception:  # a stored version that no longer loads must not take the server down
                    log.exception("could not register generated tool %s v%d", name, version.version)
                    self._live.pop(name, None)
                    continue
                self._live[name] = version
                changed = True
        if changed and announce:
            await self._announcer.tools_changed()
        return changed

    def _add(self, version: ToolVersion) -> None:
        signature = read_signature(version.source, version.name, version.entry)
        name = version.name

        async def handler(**arguments: Any) -> Any:
            try:
                return await self._app.toolsmith.call(self.live(name), arguments)
            except GenesisError as err:
                return error_result(err)

        params = [
            inspect.Parameter(
                p.name,
                inspect.Parameter.KEYWORD_ONLY,
                default=inspect.Parameter.empty if p.required else p.default,
                annotation=p.annotation,
            )
            for p in signature.params
        ]
        handler.__signature__ = inspect.Signature(params, return_annotation=signature.returns)  # type: ignore[attr-defined]
        handler.__name__ = name
        self._mcp.add_tool(
            handler,
            name=name,
            description=version.description,
            meta={GENERATED_META_KEY: True, "genesis/version": version.version},
        )

    async def call(self, name: str, arguments: dict[str, Any]) -> CallToolResult:
        """Call a generated tool by name, validating ``arguments`` against its schema first."""
        self.live(name)  # NotFound for static tools and unknown names alike
        result = await self._mcp.call_tool(name, arguments)
        assert isinstance(result, CallToolResult)
        return result
