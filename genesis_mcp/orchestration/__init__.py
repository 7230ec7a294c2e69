"""Orchestration over the store: plans, routing, agent creation and validation, kept fresh in memory."""

from genesis_mcp.orchestration.plan_store import PlanRepository
from genesis_mcp.orchestration.service import Orchestrator, RulesState, load_prices

__all__ = ["Orchestrator", "PlanRepository", "RulesState", "load_prices"]
