"""What runs while the server is up: start-up re-checks, the tool registry, the cross-process watcher."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from genesis_mcp.app import Genesis
from genesis_mcp.errors import GenesisError
from genesis_mcp.server.notify import Announcer
from genesis_mcp.server.prompts import AgentPrompts
from genesis_mcp.server.registry import ToolRegistry

__all__ = ["Runtime"]

log = logging.getLogger(__name__)


class Runtime:
    """Reference-counted like the app: the first session starts things, the last one stops them."""

    def __init__(self, app: Genesis, registry: ToolRegistry, prompts: AgentPrompts, announcer: Announcer) -> None:
        self.app = app
        self.registry = registry
        self.prompts = prompts
        self.announcer = announcer
        self._sessions = 0
        self._watcher: asyncio.Task[None] | None = None
        self._warmup: asyncio.Task[None] | None = None
        self._lock = asyncio.Lock()

    @asynccontextmanager
    async def session(self) -> AsyncIterator[Genesis]:
        await self._enter()
        try:
            yield self.app
        finally:
            await self._exit()

    async def _enter(self) -> None:
        async with self._lock:
            await self.app.start()
            self._sessions += 1
            if self._sessions > 1:
                return
            try:
                retired = await self.app.toolsmith.recheck_active()
                for name, reason in retired:
                    log.warning("generated tool %s stays retired: %s", name, reason)
                await self.registry.sync(announce=False)
                await self.prompts.sync(announce=False)
            except BaseException:
                self._sessions -= 1
                await self.app.stop()
                raise
            self._watcher = asyncio.create_task(self._watch(), name="genesis-watch")
            if self.registry.names:
                # Generated tools will be called: start the sandbox (and its self-test) now, not on the first call.
                self._warmup = asyncio.create_task(self._warm_sandbox(), name="genesis-sandbox-warmup")

    async def _exit(self) -> None:
        async with self._lock:
            self._sessions -= 1
            if self._sessions == 0:
                for task in (self._watcher, self._warmup):
                    if task is not None:
                        task.cancel()
                        with contextlib.suppress(asyncio.CancelledError):
                            await task
                self._watcher = self._warmup = None
            await self.app.stop()

    async def _warm_sandbox(self) -> None:
        try:
            await self.app.sandbox()
        except GenesisError as err:  # each call will say so too; the server keeps serving everything else
            log.error("the sandbox is not available: %s", err.message)

    async def _watch(self) -> None:
        """Notice what other processes on the same database changed, and tell our clients."""
        store = self.app.store
        seen_version = await store.data_version()
        seen_change = await store.last_change()
        while True:
            await asyncio.sleep(self.app.settings.watch_interval)
            try:
                version = await store.data_version()
                if version == seen_version:
                    continue
                seen_version = version
                changes = await store.changes_since(seen_change)
                if not changes:
                    continue
                seen_change = changes[-1]["id"]
                kinds = {c["kind"] for c in changes}
                log.debug("changes from another process: %s", sorted(kinds))
                if "tools" in kinds:
                    await self.registry.sync()
                if kinds & {"agents", "outcomes", "tools", "plans"}:
                    await self.announcer.resources_changed()
                if "agents" in kinds:
                    await self.prompts.sync()
            except asyncio.CancelledError:
                raise
            except Exception:  # the watcher must outlive a bad poll (a locked file, a closing store)
                log.exception("watching the database failed; trying again")
