"""Tell every connected client that tools, prompts or resources changed, in both protocol eras.

- 2026-07-28 clients hear it on their ``subscriptions/listen`` stream: we own the server's subscription bus
  and publish on it, which reaches every open stream of every client, from inside a request or not.
- 2025-11-25 (handshake) clients hear it as a ``notifications/*/list_changed`` on their connection. The SDK
  only sends that to the connection that made the request, so a middleware remembers every legacy
  connection and we send to each of them.
"""

from __future__ import annotations

import logging
from typing import Any

from mcp.server.context import ServerRequestContext
from mcp.server.lowlevel import NotificationOptions
from mcp.server.lowlevel.server import Server
from mcp.server.subscriptions import InMemorySubscriptionBus
from mcp.shared.subscriptions import PromptsListChanged, ResourcesListChanged, ToolsListChanged
from mcp.types.version import MODERN_PROTOCOL_VERSIONS

__all__ = ["Announcer", "advertise_list_changed"]

log = logging.getLogger(__name__)


def advertise_list_changed(lowlevel: Server[Any]) -> None:
    """Make the legacy ``initialize`` result say ``listChanged: true`` for tools, prompts and resources.

    MCPServer never passes NotificationOptions, so legacy hosts would be told we never change our lists.
    This wraps the one hook every transport (stdio, HTTP, in-memory) uses to build that result.
    mcp is pinned to 2.3.x because this touches the low-level server.
    """
    original = lowlevel.create_initialization_options
    options = NotificationOptions(tools_changed=True, prompts_changed=True, resources_changed=True)

    def create_initialization_options(notification_options: Any = None, *args: Any, **kwargs: Any) -> Any:
        return original(notification_options or options, *args, **kwargs)

    lowlevel.create_initialization_options = create_initialization_options  # type: ignore[method-assign]


class Announcer:
    """Remembers legacy connections and fans change notifications out to every client."""

    def __init__(self) -> None:
        self.bus = InMemorySubscriptionBus()
        self._legacy: dict[int, Any] = {}

    @property
    def legacy_connections(self) -> int:
        return len(self._legacy)

    async def middleware(self, ctx: ServerRequestContext[Any, Any], call_next: Any) -> Any:
        """Server middleware: note each handshake-era connection the first time it makes a request."""
        # The SDK keeps the connection on the per-request session; there is no public accessor.
        connection = getattr(ctx.session, "_connection", None)
        if connection is not None and connection.protocol_version not in MODERN_PROTOCOL_VERSIONS:
            key = id(connection)
            if key not in self._legacy:
                self._legacy[key] = connection
                connection.exit_stack.callback(self._legacy.pop, key, None)
        return await call_next(ctx)

    async def tools_changed(self) -> None:
        await self.bus.publish(ToolsListChanged())
        await self._each_legacy("send_tool_list_changed")

    async def prompts_changed(self) -> None:
        await self.bus.publish(PromptsListChanged())
        await self._each_legacy("send_prompt_list_changed")

    async def resources_changed(self) -> None:
        await self.bus.publish(ResourcesListChanged())
        await self._each_legacy("send_resource_list_changed")

    async def _each_legacy(self, method: str) -> None:
        for key, connection in list(self._legacy.items()):
            try:
                await getattr(connection, method)()
            except Exception as exc:  # a client that went away must not stop the others
                log.debug("dropping legacy connection after failed %s: %r", method, exc)
                self._legacy.pop(key, None)
