"""The router: rules first, then capability matching, then text similarity; load, cost and estimates
break near-ties; work that no agent covers is reported as unroutable rather than forced onto someone.
"""

from __future__ import annotations

import heapq
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

from genesis_mcp.routing.concepts import vocabulary
from genesis_mcp.routing.decision import Candidate, Explanation, Method, Routable, RoutingDecision
from genesis_mcp.routing.estimates import EstimateSource, NeutralEstimates
from genesis_mcp.routing.index import AgentIndex, Query, Scores
from genesis_mcp.routing.rulebook import RuleBook
from genesis_mcp.routing.rules import RuleSet

__all__ = ["DEFAULT_THRESHOLDS", "Thresholds", "route"]

_LOAD_PENALTY = 0.15  # at full load an agent loses this much of a 0..1 total
_COST_PENALTY = 0.05  # the dearest candidate loses this much: cost decides only near-ties
_SHORTLIST = 10  # text candidates looked at in detail (load, cost, estimates)
_REPORTED = 4  # candidates a decision reports: the winner and three runners-up
_SHOWN = 0.5  # a concept shown less fully than this by every agent is work "no agent shows"


@dataclass(frozen=True)
class Thresholds:
    """When the best text match is too weak to trust. Calibrated on the evaluation set (see README).

    Unroutable when the best agent's coverage is below ``min_coverage``; or below ``foreign_coverage``
    while at least ``foreign_share`` of the task's concepts are kinds of work no agent shows (legal,
    travel, cooking, ...); or below ``weak_coverage`` while the runner-up scores at least
    ``max_runner_up`` of the best (weak *and* not distinct).
    """

    min_coverage: float = 0.12
    foreign_share: float = 0.5
    foreign_coverage: float = 0.35
    weak_coverage: float = 0.2
    max_runner_up: float = 0.85


DEFAULT_THRESHOLDS = Thresholds()


def _task_type(task: Routable, query: Query) -> str:
    if task.task_type:
        return task.task_type
    top = vocabulary().top_concept(query.tokens)
    return top or "general"


def route(
    task: Routable,
    index: AgentIndex,
    rules: RuleSet | RuleBook | None = None,
    *,
    load: Mapping[str, int] | None = None,
    estimates: EstimateSource | None = None,
    exclude: Collection[str] = (),
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> RoutingDecision:
    """Choose an agent for ``task`` and say why. Never raises for a well-formed task.

    Order: the highest-priority matching rule whose target can take the task; else the agents that have
    every required capability; else text similarity. ``load`` (agent -> running tasks) skips agents at
    ``max_concurrency`` and penalises busy ones; ``estimates`` (the learning seam) and cost break ties.
    """
    book = rules if isinstance(rules, RuleBook) else (rules.compiled() if rules is not None else None)
    query = index.analyse(task.description, task.task_type)
    ctx = _Context(index, query, load or {}, estimates or NeutralEstimates(), set(exclude), _task_type(task, query))
    required = list(task.required_capabilities)

    if book is not None:
        for rule in book.candidates(query, task.task_type, required):
            why = rule.matches(query, task.task_type, required)
            if why is None:
                continue
            label = f"rule {rule.rule.name!r} (priority {rule.rule.priority}) matched {why}"
            target = rule.rule.target
            if target.agent is not None:
                i = index.position.get(target.agent)
                problem = "is not registered" if i is None else ctx.unavailable(i)
                if i is not None and problem is None and (gap := index.missing(i, required)):
                    problem = "lacks required " + ", ".join(gap)
                if i is None or problem is not None:
                    ctx.skipped.append(f"{label}, but agent {target.agent!r} {problem}")
                    continue
                ranked = ctx.rank([i])
                return ctx.decide("rule", ranked, f"{label}: sent to {target.agent!r}", rule=rule.rule.name)
            pool = [i for i in ctx.capable([*target.capabilities, *required]) if ctx.unavailable(i) is None]
            if not pool:
                ctx.skipped.append(f"{label}, but no available agent has {', '.join(target.capabilities)}")
                continue
            ranked = ctx.rank(pool)
            summary = f"{label}: best of {len(pool)} agent(s) with {', '.join(target.capabilities)}"
            return ctx.decide("rule", ranked, summary, rule=rule.rule.name)

    if required:
        capable = ctx.capable(required)
        if not capable:
            return ctx.unroutable(f"no agent has every required capability ({', '.join(required)})", required)
        pool = [i for i in capable if ctx.unavailable(i) is None]
        if not pool:
            return ctx.saturated(capable)
        ranked = ctx.rank(pool)
        summary = f"best of {len(pool)} available agent(s) with {', '.join(required)}"
        return ctx.decide("capabilities", ranked, summary)

    scores = index.totals(query)
    shortlist = [i for i in scores.ranked()[: _SHORTLIST * 3] if index.is_active(i)]
    if not shortlist or scores.score[shortlist[0]] <= 0:
        return ctx.unroutable("nothing in the task matches any agent's capabilities or description", [])
    best = shortlist[0]
    runner_up = scores.score[shortlist[1]] / scores.score[best] if len(shortlist) > 1 else 0.0
    coverage = scores.coverage(best)
    foreign = _foreign_share(index, query)
    why_not = None
    if coverage < thresholds.min_coverage:
        why_not = f"below the {thresholds.min_coverage:.0%} threshold"
    elif coverage < thresholds.foreign_coverage and foreign >= thresholds.foreign_share:
        why_not = f"and {foreign:.0%} of the task's concepts are work no agent shows"
    elif coverage < thresholds.weak_coverage and runner_up >= thresholds.max_runner_up:
        why_not = f"and is not distinct (runner-up at {runner_up:.0%} of its score)"
    if why_not:
        name = index.agents[best].name
        reason = f"the best match, {name!r}, covers only {coverage:.0%} of the task {why_not}"
        return ctx.unroutable(reason, [], best)
    pool = [i for i in shortlist if ctx.unavailable(i) is None]
    if not pool:
        return ctx.saturated(shortlist[:_SHORTLIST])
    ranked = ctx.rank(pool[:_SHORTLIST], scores)
    summary = "best text match among the agents sharing words or concepts with the task"
    return ctx.decide("text", ranked, summary)


def _shown(index: AgentIndex, concept: str) -> float:
    """How fully the best-placed agent shows a concept; fully when an agent covers its parent as a whole
    (a finance agent that does invoices and bookkeeping can take tax work)."""
    if concept in index.broad or vocabulary().parent(concept) in index.broad:
        return 1.0
    return index.shown.get("c:" + concept, 0.0)


def _foreign_share(index: AgentIndex, query: Query) -> float:
    """Share of the task's concept information that no agent shows (in part when shown only faintly).
    A concept signalled only by ambiguous words is never foreign: "order" alone does not make a task e-commerce."""
    total = foreign = 0.0
    for feature, weight in query.features.items():
        if feature.startswith("c:"):
            mass = weight * index.info(feature)
            total += mass
            if feature[2:] not in query.vague:
                foreign += mass * (1.0 - _shown(index, feature[2:]))
    return foreign / total if total else 0.0


class _Context:
    def __init__(
        self,
        index: AgentIndex,
        query: Query,
        load: Mapping[str, int],
        estimates: EstimateSource,
        exclude: set[str],
        task_type: str,
    ) -> None:
        self.index, self.query, self.load, self.estimates = index, query, load, estimates
        self.exclude, self.task_type = exclude, task_type
        self.skipped: list[str] = []
        self._scores: Scores | None = None

    def scores(self) -> Scores:
        if self._scores is None:
            self._scores = self.index.totals(self.query)
        return self._scores

    def unavailable(self, i: int) -> str | None:
        agent = self.index.agents[i]
        if agent.name in self.exclude:
            return "is excluded"
        if not self.index.is_active(i):
            return "is retired"
        if self.load.get(agent.name, 0) >= agent.max_concurrency:
            return f"is at its concurrency limit ({agent.max_concurrency})"
        return None

    def capable(self, required: list[str]) -> list[int]:
        return [i for i in self.index.capable(required) if self.index.is_active(i)]

    def rank(self, pool: Iterable[int], scores: Scores | None = None) -> list[Candidate]:
        """The pool best first; only the winner and the runners-up that decisions report are built."""
        pool = list(pool)
        scores = scores if scores is not None else self.scores()
        top = max((scores.score[i] for i in pool), default=0.0) or 1.0
        rows = []
        for i in pool:
            agent = self.index.agents[i]
            est = self.estimates.estimate(agent.name, self.task_type)
            cost = est.cost if est.cost is not None else agent.cost_per_call
            rows.append((i, scores.score[i], scores.coverage(i), est, cost))
        dearest = max((r[4] for r in rows), default=0.0) or 1.0
        totals = []
        for i, score, coverage, est, cost in rows:
            agent = self.index.agents[i]
            busy = self.load.get(agent.name, 0)
            relevance = 0.5 * score / top + 0.5 * coverage
            total = (
                relevance * (0.75 + 0.25 * est.success)
                - _LOAD_PENALTY * busy / agent.max_concurrency
                - _COST_PENALTY * cost / dearest
            )
            totals.append((-round(total, 4), cost, agent.name, i, score, coverage, relevance, est, busy))
        out = []
        for neg_total, cost, name, i, score, coverage, relevance, est, busy in heapq.nsmallest(_REPORTED, totals):
            m = self.index.match(i, self.query, score, coverage)
            out.append(
                Candidate(
                    agent=name,
                    text_score=round(score, 4),
                    coverage=round(m.coverage, 4),
                    relevance=round(relevance, 4),
                    success=est.success,
                    observations=est.observations,
                    load=busy,
                    max_concurrency=self.index.agents[i].max_concurrency,
                    cost=cost,
                    total=-neg_total,
                    matched=m.matched,
                )
            )
        return out

    def _uncovered(self, agent: str | None) -> list[str]:
        shown = self.index.concepts[self.index.position[agent]] if agent else frozenset()
        return sorted(c for c in self.query.concepts if c not in shown)

    def _foreign(self, best: str | None) -> list[str]:
        nobody = sorted(c for c in self.query.concepts if _shown(self.index, c) < _SHOWN)
        return nobody or self._uncovered(best)

    def decide(self, method: Method, ranked: list[Candidate], summary: str, rule: str | None = None) -> RoutingDecision:
        best = ranked[0]
        detail = f"; chose {best.agent!r} (total {best.total:.2f}, coverage {best.coverage:.0%}"
        detail += f", matched {', '.join(best.matched[:3])})" if best.matched else ")"
        if len(ranked) > 1:
            detail += f" over {ranked[1].agent!r} (total {ranked[1].total:.2f})"
        return RoutingDecision(
            agent=best.agent,
            reason=summary + detail,
            task_type=self.task_type,
            explanation=Explanation(
                method=method, summary=summary + detail, rule=rule, scores=best, skipped=self.skipped
            ),
            alternatives=ranked[1:4],
            uncovered_concepts=self._uncovered(best.agent),
        )

    def unroutable(self, reason: str, missing: list[str], best: int | None = None) -> RoutingDecision:
        alternatives = self.rank([best]) if best is not None else []
        return RoutingDecision(
            agent=None,
            unroutable=True,
            reason=reason,
            task_type=self.task_type,
            explanation=Explanation(method="none", summary=reason, skipped=self.skipped),
            alternatives=alternatives,
            missing_capabilities=[c for c in missing if not self.capable([c])],
            uncovered_concepts=self._foreign(self.index.agents[best].name if best is not None else None),
        )

    def saturated(self, capable: Iterable[int]) -> RoutingDecision:
        names = [self.index.agents[i].name for i in capable]
        reason = f"every able agent is busy or excluded: {', '.join(names[:10])}"
        return RoutingDecision(
            agent=None,
            saturated=True,
            reason=reason,
            task_type=self.task_type,
            explanation=Explanation(method="none", summary=reason, skipped=self.skipped),
        )
