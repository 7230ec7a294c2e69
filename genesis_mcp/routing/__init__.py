"""Routing (HALO): rules, capability and text matching, load, cost, explanations, agent creation (AATC)."""

from genesis_mcp.routing.concepts import Concept, Vocabulary, vocabulary
from genesis_mcp.routing.create import (
    DEFAULT_TIER_COST,
    AgentDesign,
    CostTier,
    clone_agent,
    design_agent,
    revise_agent,
)
from genesis_mcp.routing.decision import Candidate, Explanation, Routable, RoutingDecision, TaskQuery
from genesis_mcp.routing.estimates import Estimate, EstimateSource, NeutralEstimates, StaticEstimates
from genesis_mcp.routing.evaluate import EvalResult, evaluate_routing
from genesis_mcp.routing.index import AgentIndex, Match, analyse
from genesis_mcp.routing.plans import PlanRouting, route_plan
from genesis_mcp.routing.router import Thresholds, route
from genesis_mcp.routing.rulebook import RuleBook
from genesis_mcp.routing.rules import Rule, RuleMatch, RuleSet, RuleTarget
from genesis_mcp.routing.rules_file import load_rules, parse_rules

__all__ = [
    "DEFAULT_TIER_COST",
    "AgentDesign",
    "AgentIndex",
    "Candidate",
    "Concept",
    "CostTier",
    "Estimate",
    "EstimateSource",
    "EvalResult",
    "Explanation",
    "Match",
    "NeutralEstimates",
    "PlanRouting",
    "Routable",
    "RoutingDecision",
    "Rule",
    "RuleBook",
    "RuleMatch",
    "RuleSet",
    "RuleTarget",
    "StaticEstimates",
    "TaskQuery",
    "Thresholds",
    "Vocabulary",
    "analyse",
    "clone_agent",
    "design_agent",
    "evaluate_routing",
    "load_rules",
    "parse_rules",
    "revise_agent",
    "route",
    "route_plan",
    "vocabulary",
]
