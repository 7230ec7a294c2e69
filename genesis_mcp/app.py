"""The application: what one server process holds (settings, the store, the domain services).

No MCP here. The adapter in ``genesis_mcp.server`` calls these services; tests may call them directly.
Starting is reference-counted because an in-memory MCP client runs the server's lifespan once per
connection, and several may be open at once.
"""

from __future__ import annotations

import asyncio
import logging

from genesis_mcp.agents.repository import AgentRepository
from genesis_mcp.config import Settings
from genesis_mcp.errors import StoreError
from genesis_mcp.learning.outcomes import OutcomeLog
from genesis_mcp.store import Store

__all__ = ["Genesis"]

log = logging.getLogger(__name__)


class Genesis:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._store: Store | None = None
        self._users = 0
        self._lock = asyncio.Lock()

    async def start(self) -> None:
        """Open the store (first caller) and run migrations. Raises StoreError subclasses, file untouched."""
        async with self._lock:
            if self._users == 0:
                self._store = await Store.open(self.settings.db)
                log.info("state in %s", self.settings.db)
            self._users += 1

    async def stop(self) -> None:
        async with self._lock:
            self._users -= 1
            if self._users == 0 and self._store is not None:
                await self._store.close()
                self._store = None

    async def __aenter__(self) -> Genesis:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    @property
    def store(self) -> Store:
        if self._store is None:
            raise StoreError("the application is not started")
        return self._store

    @property
    def agents(self) -> AgentRepository:
        return AgentRepository(self.store)

    @property
    def outcomes(self) -> OutcomeLog:
        return OutcomeLog(self.store)
