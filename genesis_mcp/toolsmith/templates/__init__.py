"""The template library: parametrised tools for common jobs, used when no model is configured.

Each template scores a task description (:meth:`Template.match`, 0..1) and renders a :class:`ToolSpec`
whose source uses only pure standard-library modules and whose tests pass (``tests/toolsmith_gen``).
"""

from __future__ import annotations

from collections.abc import Sequence

from genesis_mcp.toolsmith.templates.aggregate import Aggregation
from genesis_mcp.toolsmith.templates.base import Cue, Template
from genesis_mcp.toolsmith.templates.dates import DateArithmetic
from genesis_mcp.toolsmith.templates.extract import RegexExtraction
from genesis_mcp.toolsmith.templates.lists import ListCleanup, NumberStatistics
from genesis_mcp.toolsmith.templates.records import JsonReshape
from genesis_mcp.toolsmith.templates.schema import JsonSchemaValidation
from genesis_mcp.toolsmith.templates.tables import CsvSummary, CsvToRecords
from genesis_mcp.toolsmith.templates.text import CaseConversion, TextStatistics
from genesis_mcp.toolsmith.templates.units import UnitConversion

__all__ = ["DEFAULT_TEMPLATES", "MIN_SCORE", "Cue", "Template", "best_template", "rank_templates"]

# In order of preference when two templates score the same.
DEFAULT_TEMPLATES: tuple[Template, ...] = (
    JsonSchemaValidation(),
    CsvSummary(),
    CsvToRecords(),
    Aggregation(),
    UnitConversion(),
    DateArithmetic(),
    RegexExtraction(),
    TextStatistics(),
    CaseConversion(),
    JsonReshape(),
    NumberStatistics(),
    ListCleanup(),
)

# A template must score at least this to be used: one kind of cue alone (a noun, or a verb) is not enough.
MIN_SCORE = 0.55


def rank_templates(task: str, templates: Sequence[Template] = DEFAULT_TEMPLATES) -> list[tuple[Template, float]]:
    """Every template with its score for ``task``, best first (ties keep the order of ``templates``)."""
    scored = [(t, round(t.match(task), 4)) for t in templates]
    return sorted(scored, key=lambda pair: -pair[1])


def best_template(
    task: str, templates: Sequence[Template] = DEFAULT_TEMPLATES, *, min_score: float = MIN_SCORE
) -> tuple[Template, float] | None:
    """The best-scoring template for ``task`` if it reaches ``min_score``, else None."""
    ranked = rank_templates(task, templates)
    if ranked and ranked[0][1] >= min_score:
        return ranked[0]
    return None
