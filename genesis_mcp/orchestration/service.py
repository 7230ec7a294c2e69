"""Orchestration: plan, route, create agents and validate, over the store.

The domain (planning, routing, validation) is pure; this service feeds it what the store knows (agents,
rules, load, what has been learned) and writes back what changed. It keeps an index of the agents and
the learned estimates in memory, rebuilt when the store says they changed (also by another process).
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from genesis_mcp.agents.models import Agent
from genesis_mcp.agents.repository import AgentRepository
from genesis_mcp.errors import GenesisError, InvalidInput
from genesis_mcp.learning.estimates import OutcomeEstimates, load_estimates
from genesis_mcp.llm import LLMClient
from genesis_mcp.orchestration.plan_store import PlanRepository
from genesis_mcp.planning import Plan, TaskSpec, UpdateSummary, apply_update, decompose, make_plan
from genesis_mcp.routing import (
    AgentDesign,
    AgentIndex,
    PlanRouting,
    RoutingDecision,
    RuleSet,
    TaskQuery,
    design_agent,
    load_rules,
    route,
    route_plan,
)
from genesis_mcp.store import Store
from genesis_mcp.validation import DEFAULT_PRICES, PriceTable, ValidationReport, validate

__all__ = ["Orchestrator", "RulesState", "load_prices"]

log = logging.getLogger(__name__)

# Rebuild the index for history only after this many new confidently routed tasks (building is O(agents)).
_HISTORY_STEP = 25


@dataclass
class RulesState:
    """The rules in force, where they come from, and the last reload's error (the old rules stay meanwhile)."""

    path: Path | None
    rules: RuleSet | None
    mtime: float | None = None
    error: str | None = None

    @classmethod
    def load(cls, path: Path | None) -> RulesState:
        """Read the rules file at start-up: a broken one is an error here, as there are no rules to keep."""
        if path is None:
            return cls(path=None, rules=None)
        return cls(path=path, rules=load_rules(path), mtime=_mtime(path))


def load_prices(path: Path) -> PriceTable:
    """A price table from a TOML or JSON file; raises InvalidInput naming the problem."""
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InvalidInput(f"price table {str(path)!r} cannot be read: {exc.strerror}", argument="prices") from exc
    try:
        data = json.loads(raw) if path.suffix == ".json" else tomllib.loads(raw)
        return PriceTable.model_validate(data)
    except (ValueError, tomllib.TOMLDecodeError) as exc:
        raise InvalidInput(f"price table {str(path)!r}: {exc}", argument="prices") from exc


class Orchestrator:
    def __init__(self, store: Store, *, llm: LLMClient | None, rules: RulesState, prices: PriceTable | None) -> None:
        self.store = store
        self.agents = AgentRepository(store)
        self.plans = PlanRepository(store)
        self.llm = llm
        self.prices = prices or DEFAULT_PRICES
        self.rules = rules
        self._index: AgentIndex | None = None
        self._index_key: tuple[object, ...] | None = None
        self._estimates: OutcomeEstimates | None = None
        self._estimates_key: int | None = None
        self._lock = asyncio.Lock()

    # -- what the domain needs, kept fresh -------------------------------------------------------------

    def current_rules(self) -> RuleSet | None:
        """The rules, re-read when the file changed; a broken edit keeps the previous rules in force."""
        state = self.rules
        if state.path is None:
            return None
        mtime = _mtime(state.path)
        if mtime != state.mtime:
            state.mtime = mtime
            try:
                state.rules = load_rules(state.path)
                state.error = None
                log.info("rules reloaded from %s (%d rules)", state.path, len(state.rules.rules))
            except GenesisError as err:
                state.error = err.message
                log.warning("rules file %s has errors; keeping the previous rules: %s", state.path, err.message)
        return state.rules

    async def index(self) -> AgentIndex:
        async with self._lock:
            row = await self.store.fetchone("SELECT COUNT(*), MAX(updated_at) FROM agents")
            history_size = await self.plans.history_size()
            key = (row[0], row[1], history_size // _HISTORY_STEP)
            if self._index is None or key != self._index_key:
                agents = await self.agents.list(include_retired=True)
                self._index = AgentIndex(agents, await self.plans.history())
                self._index_key = key
            return self._index

    async def estimates(self) -> OutcomeEstimates:
        latest = int((await self.store.fetchone("SELECT COALESCE(MAX(id), 0) FROM outcomes"))[0])
        if self._estimates is None or latest != self._estimates_key:
            self._estimates = await load_estimates(self.store)
            self._estimates_key = latest
        return self._estimates

    # -- agents ----------------------------------------------------------------------------------------

    async def create_agent(
        self, task_description: str, task_type: str | None = None, *, uncovered: Sequence[str] = ()
    ) -> tuple[Agent, AgentDesign]:
        """Design and register a specialised agent for this kind of task (reachable by later tasks of it)."""
        names = [a.name for a in await self.agents.list(include_retired=True)]
        design = design_agent(task_description, task_type, names, uncovered=uncovered)
        agent, _ = await self.agents.register(design.spec, created_by="genesis")
        # The task it was made for is its first piece of history: later tasks of that kind will match it.
        await self.plans.record_routed([(agent.name, design.kind, task_description)])
        return agent, design

    # -- routing ---------------------------------------------------------------------------------------

    async def route_task(
        self, query: TaskQuery, *, create_if_unroutable: bool
    ) -> tuple[RoutingDecision, Agent | None, AgentDesign | None]:
        index, estimates = await self.index(), await self.estimates()
        load = await self.plans.running_load()
        decision = route(query, index, self.current_rules(), load=load, estimates=estimates)
        created: Agent | None = None
        design: AgentDesign | None = None
        if decision.unroutable and create_if_unroutable:
            created, design = await self.create_agent(
                query.description, query.task_type, uncovered=decision.uncovered_concepts
            )
            index = await self.index()
            decision = route(query, index, self.current_rules(), load=load, estimates=estimates)
        elif decision.agent is not None and decision.explanation.method in ("rule", "capabilities"):
            await self.plans.record_routed([(decision.agent, decision.task_type, query.description)])
        return decision, created, design

    async def route_plan(
        self, plan_id: str, *, create_if_unroutable: bool
    ) -> tuple[Plan, PlanRouting, ValidationReport, list[tuple[Agent, AgentDesign, str]]]:
        """Route every open task of a plan, create agents for work nobody covers, store the assignments.

        Each created agent comes with the description of the task it was made for."""
        plan, revision = await self.plans.get(plan_id)
        load = await self.plans.running_load(exclude_plan=plan_id)
        estimates = await self.estimates()
        routing = route_plan(plan, await self.index(), self.current_rules(), load=load, estimates=estimates)
        created: list[tuple[Agent, AgentDesign, str]] = []
        tried: set[str] = set()
        while create_if_unroutable:
            # One new agent may cover several unroutable tasks of its kind: re-route after each.
            waiting = [tid for tid in routing.unroutable if tid not in tried]
            if not waiting:
                break
            tried.add(waiting[0])
            task = plan.task(waiting[0])
            decision = routing.decisions[task.id]
            agent, design = await self.create_agent(
                task.description, task.task_type, uncovered=decision.uncovered_concepts
            )
            created.append((agent, design, task.description))
            routing = route_plan(plan, await self.index(), self.current_rules(), load=load, estimates=estimates)
        assigned = plan.model_copy(
            update={
                "tasks": [t.model_copy(update={"agent": routing.assignments.get(t.id, t.agent)}) for t in plan.tasks]
            }
        )
        await self.plans.replace(assigned, revision)
        report = await self._validate(assigned)
        return assigned, routing, report, created

    # -- plans -----------------------------------------------------------------------------------------

    async def plan_task(self, request: str, tasks: Sequence[TaskSpec] | None) -> Plan:
        if tasks is not None:
            if not tasks:
                raise InvalidInput("`tasks` is empty; leave it out to have the request decomposed", argument="tasks")
            plan = make_plan(request, tasks, notes=["decomposition given by the client"])
        else:
            found = await decompose(request, self.llm)
            source = "the model" if found.source == "llm" else "the request's structure"
            plan = make_plan(request, found.tasks, notes=[f"decomposed by {source}", *found.notes])
        await self.plans.insert(plan)
        return plan

    async def update_plan(
        self,
        plan_id: str,
        *,
        add: Sequence[TaskSpec],
        remove: Sequence[str],
        complete: Sequence[str],
        fail: Sequence[str],
        start: Sequence[str],
        reasons: dict[str, str] | None,
    ) -> tuple[Plan, UpdateSummary]:
        plan, revision = await self.plans.get(plan_id)
        updated, summary = apply_update(
            plan, add=add, remove=remove, complete=complete, fail=fail, start=start, reasons=reasons
        )
        await self.plans.replace(updated, revision)
        return updated, summary

    async def validate_plan(self, plan_id: str) -> tuple[Plan, ValidationReport]:
        plan, _ = await self.plans.get(plan_id)
        return plan, await self._validate(plan)

    async def _validate(self, plan: Plan) -> ValidationReport:
        estimates = await self.estimates()
        return validate(
            plan,
            None,
            await self.index(),
            estimates=estimates,
            prices=self.prices,
            failure_rates=estimates.failure_rates,
        )


def _mtime(path: Path) -> float | None:
    try:
        return os.stat(path).st_mtime_ns / 1e9
    except OSError:
        return None
