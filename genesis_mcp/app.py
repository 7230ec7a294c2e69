"""The application: what one server process holds (settings, the store, the sandbox, the domain services).

No MCP here. The adapter in ``genesis_mcp.server`` calls these services; tests may call them directly.
Starting is reference-counted because an in-memory MCP client runs the server's lifespan once per
connection, and several may be open at once.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from genesis_mcp.agents.repository import AgentRepository
from genesis_mcp.config import Settings
from genesis_mcp.errors import SandboxUnavailable, StoreError
from genesis_mcp.learning.outcomes import OutcomeLog
from genesis_mcp.llm import LLMClient
from genesis_mcp.orchestration import Orchestrator, RulesState, load_prices
from genesis_mcp.safety import DEFAULT_POLICY, Policy
from genesis_mcp.store import Store
from genesis_mcp.toolsmith.pipeline import SandboxRunner, Toolsmith
from genesis_mcp.toolsmith.repository import ToolRepository

if TYPE_CHECKING:
    from sandbox import Pool

__all__ = ["Genesis", "preload_modules"]

log = logging.getLogger(__name__)


class Genesis:
    """``sandbox`` and ``llm`` may be injected (tests share one pool; fakes stand in for the model)."""

    def __init__(
        self,
        settings: Settings,
        *,
        sandbox: SandboxRunner | None = None,
        llm: LLMClient | None = None,
        policy: Policy | None = None,
    ) -> None:
        self.settings = settings
        self.llm = llm
        self.policy = policy or DEFAULT_POLICY
        self.reserved_tool_names: frozenset[str] = frozenset()
        self._injected_sandbox = sandbox
        self._pool: Pool | None = None
        self._pool_lock = asyncio.Lock()
        self._store: Store | None = None
        self._orchestrator: Orchestrator | None = None
        self._users = 0
        self._lock = asyncio.Lock()

    async def start(self) -> None:
        """Open the store (first caller) and run migrations. Raises StoreError subclasses, file untouched."""
        async with self._lock:
            if self._users == 0:
                # Broken rules or prices are refused before the database is touched.
                rules = RulesState.load(self.settings.rules)
                prices = load_prices(self.settings.prices) if self.settings.prices else None
                self._store = await Store.open(self.settings.db)
                self._orchestrator = Orchestrator(self._store, llm=self.llm, rules=rules, prices=prices)
                log.info("state in %s", self.settings.db)
            self._users += 1

    async def stop(self) -> None:
        async with self._lock:
            self._users -= 1
            if self._users == 0:
                if self._pool is not None:
                    await self._pool.close()
                    self._pool = None
                if self._store is not None:
                    await self._store.close()
                    self._store = None
                    self._orchestrator = None

    async def __aenter__(self) -> Genesis:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    def reserve_tool_names(self, names: Iterable[str]) -> None:
        """Names generated tools may not take (the static MCP tools)."""
        self.reserved_tool_names = self.reserved_tool_names | frozenset(names)

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

    @property
    def orchestrator(self) -> Orchestrator:
        if self._orchestrator is None:
            raise StoreError("the application is not started")
        return self._orchestrator

    @property
    def tools(self) -> ToolRepository:
        return ToolRepository(self.store)

    @property
    def toolsmith(self) -> Toolsmith:
        return Toolsmith(
            self.tools,
            self.sandbox,
            policy=self.policy,
            reserved_names=self.reserved_tool_names,
            max_active=self.settings.max_active_tools,
        )

    async def sandbox(self) -> SandboxRunner:
        """The sandbox pool, started (with its self-test) on first use. Raises SandboxUnavailable."""
        if self._injected_sandbox is not None:
            return self._injected_sandbox
        async with self._pool_lock:
            if self._pool is None:
                self._pool = await self._start_pool()
            return self._pool

    async def _start_pool(self) -> Pool:
        from sandbox import Pool, PoolConfig, SandboxError

        config = PoolConfig(
            workers=self.settings.sandbox_workers,
            bwrap=self.settings.sandbox_bwrap,
            preload_modules=preload_modules(self.policy),
            protected_paths=[self.settings.db, self.settings.db.parent],
        )
        pool = Pool(config)
        try:
            await pool.start()
        except SandboxError as exc:
            await pool.close()
            raise SandboxUnavailable(f"the sandbox refused to start: {exc}") from exc
        log.info("sandbox ready: %s", _layers(pool.report))
        return pool


def preload_modules(policy: Policy) -> list[str]:
    """Modules the sandbox workers import before forking: every one a tool may use, granted or grantable."""
    names = set(policy.modules)
    for grant in policy.grantable.values():
        names.update(grant.modules)
    return sorted(names)


def _layers(report: Any) -> str:
    try:
        return ", ".join(f"{layer.name}={'on' if layer.active else 'off'}" for layer in report.layers)
    except AttributeError:
        return "self-test passed"
