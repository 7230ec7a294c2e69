"""Validation (AOP) and cost (DAAO): solvability, completeness, redundancy, quality score, tiers, cost."""

from genesis_mcp.validation.aop import Issue, TaskAssessment, ValidationReport, validate
from genesis_mcp.validation.pricing import DEFAULT_PRICES, PriceTable, Tier, difficulty
from genesis_mcp.validation.redundancy import SimilarPair, similar_pairs

__all__ = [
    "DEFAULT_PRICES",
    "Issue",
    "PriceTable",
    "SimilarPair",
    "TaskAssessment",
    "Tier",
    "ValidationReport",
    "difficulty",
    "similar_pairs",
    "validate",
]
