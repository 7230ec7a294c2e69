"""Speed of the orchestration domain, in-process (no MCP transport).

* ``route``: 1,000 synthetic agents (2-3 concepts each, capabilities and descriptions from the concept
  vocabulary) and 200 rules (keyword, task-type and capability rules to those agents); each call routes
  one of the 125 evaluation sentences. Goal: p50 < 1 ms.
* ``validate``: a 1,000-task DAG (random edges to earlier tasks, 30% of tasks with a parent), every task
  assigned, against the 15-agent evaluation team given as a prebuilt AgentIndex. Goal: < 50 ms. Reported
  for a plan validated again (the median of 20 calls) and for the first validation of new plans.
* ``validate_plan`` as the MCP tool runs it: a stored 1,000-task plan, routed with ``route_plan`` first,
  read back from SQLite and validated by the orchestrator (learned estimates, price table). Goal: < 50 ms.

Run: ``.venv/bin/python benchmarks/bench_orchestration.py``. Prints medians over repeated calls,
measured with time.perf_counter around each call after a warm-up.
"""

from __future__ import annotations

import asyncio
import json
import random
import statistics
import tempfile
import time
from pathlib import Path

from genesis_mcp.agents.models import AgentSpec
from genesis_mcp.planning import Plan, TaskSpec, make_plan
from genesis_mcp.routing import AgentIndex, Concept, RuleSet, TaskQuery, route, vocabulary
from genesis_mcp.routing.evaluate import read_agents
from genesis_mcp.routing.rules import keyword_stems
from genesis_mcp.validation import validate

EVAL = Path(__file__).resolve().parent.parent / "tests" / "orchestration" / "routing_eval"
rng = random.Random(7)


def terms(concept: Concept) -> list[str]:
    """The concept's terms as plain text ("=word" marks an exact-word term in the vocabulary)."""
    return [t.lstrip("=") for t in concept.terms if keyword_stems(t.lstrip("="))]


def synthetic_agents(n: int) -> list[AgentSpec]:
    concepts = list(vocabulary().concepts.values())
    agents = []
    for i in range(n):
        picked = rng.sample(concepts, rng.randint(2, 3))
        caps = [c.name for c in picked] + [rng.choice(terms(c)).replace(" ", "_")[:60] for c in picked]
        words = [t for c in picked for t in rng.sample(terms(c), min(6, len(terms(c))))]
        agents.append(
            AgentSpec(
                name=f"agent-{i}",
                capabilities=[c for c in caps if c.replace("_", "").replace("-", "").isalnum()],
                description=f"Agent {i}: " + ", ".join(words) + ".",
                agent_type=picked[0].name,
                cost_per_call=round(rng.uniform(0, 0.05), 4),
                max_concurrency=rng.randint(1, 8),
            )
        )
    return agents


def synthetic_rules(n: int, agents: list[AgentSpec]) -> RuleSet:
    concepts = list(vocabulary().concepts.values())
    rules = []
    for i in range(n):
        c = rng.choice(concepts)
        kind = i % 3
        match: dict[str, object] = (
            {"keywords_any": rng.sample(terms(c), 2)} if kind == 0 else
            {"task_types": [c.name]} if kind == 1 else
            {"keywords_all": [rng.choice(terms(c))], "required_capabilities": [c.name]}
        )  # fmt: skip
        target = {"agent": rng.choice(agents).name} if i % 2 else {"capabilities": [c.name]}
        rules.append({"name": f"rule-{i}", "priority": rng.randint(0, 100), "match": match, "target": target})
    return RuleSet.model_validate({"rules": rules})


def sentences() -> list[str]:
    data = json.loads((EVAL / "tasks.json").read_text())
    return [c["description"] for c in data["covered"] + data["uncovered"]]


def bench_route() -> None:
    agents = synthetic_agents(1000)
    t0 = time.perf_counter()
    index = AgentIndex(agents)
    build_ms = (time.perf_counter() - t0) * 1000
    rules = synthetic_rules(200, agents)
    book = rules.compiled()
    # a ticket number makes every text unique, so no cache of earlier analyses helps
    queries = [TaskQuery(description=f"{s} (ticket {k})") for k, s in enumerate(sentences() * 8)]
    load = {a.name: rng.randint(0, 3) for a in agents[:300]}
    for s in sentences():  # warm-up: word stems, capability coverage
        route(TaskQuery(description=s), index, book, load=load)
    times = []
    methods: dict[str, int] = {}
    for q in queries:
        t = time.perf_counter()
        d = route(q, index, book, load=load)
        times.append((time.perf_counter() - t) * 1000)
        methods[d.explanation.method] = methods.get(d.explanation.method, 0) + 1
    times.sort()
    print(f"route: 1,000 agents, 200 rules, {len(times)} calls, each on a different text")
    print(f"  p50 {statistics.median(times):.3f} ms   p90 {times[int(0.9 * len(times))]:.3f} ms   "
          f"max {times[-1]:.3f} ms   (goal p50 < 1 ms); index build {build_ms:.0f} ms")  # fmt: skip
    print(f"  decided by: {methods}")


def random_plan(team: list[AgentSpec], texts: list[str], run: int) -> tuple[Plan, dict[str, str | None]]:
    """A 1,000-task DAG (edges to earlier tasks, 30% with a parent), every task assigned; ``run`` makes every
    description new, so nothing cached from an earlier plan helps."""
    specs = []
    for i in range(1000):
        deps = sorted({f"t{rng.randrange(i)}" for _ in range(rng.randint(0, 3))}) if i else []
        parent = f"t{rng.randrange(i)}" if i > 10 and rng.random() < 0.3 else None
        text = f"{rng.choice(texts)} (part {i + 1000 * run})"
        specs.append(TaskSpec(id=f"t{i}", description=text, depends_on=deps, parent=parent))
    try:
        plan = make_plan("bench", specs)
    except Exception:  # a random parent may depend on its own subtask: drop parents then
        plan = make_plan("bench", [s.model_copy(update={"parent": None}) for s in specs])
    return plan, {t.id: rng.choice(team).name for t in plan.tasks}


def bench_validate() -> None:
    team = read_agents(EVAL / "agents.json")
    index = AgentIndex(team)
    texts = sentences()
    cold = []
    for run in range(1, 6):  # first validation of a plan never seen before
        plan, assignments = random_plan(team, texts, run)
        t = time.perf_counter()
        validate(plan, assignments, index)
        cold.append((time.perf_counter() - t) * 1000)
    times = []
    for _ in range(20):  # the same plan validated again, as after each update of a plan in progress
        t = time.perf_counter()
        report = validate(plan, assignments, index)
        times.append((time.perf_counter() - t) * 1000)
    print(f"validate: {len(plan.tasks)}-task DAG, {len(report.per_task)} executable, {len(report.issues)} issues")
    print(f"  again: median {statistics.median(times):.1f} ms   min {min(times):.1f} ms   (goal < 50 ms)")
    print(f"  first time (new descriptions): median {statistics.median(cold):.1f} ms of {len(cold)} plans")
    t = time.perf_counter()
    make_plan("bench", [TaskSpec(id="t0", description="start")] + [
        TaskSpec(id=f"t{i}", description=f"step {i}", depends_on=[f"t{i - 1}"]) for i in range(1, 10_000)
    ])  # fmt: skip
    print(f"make_plan: 10,000-task chain built and checked in {(time.perf_counter() - t) * 1000:.0f} ms")


async def _validate_plan_through_the_store() -> list[float]:
    from genesis_mcp.app import Genesis
    from genesis_mcp.config import Settings

    with tempfile.TemporaryDirectory() as tmp:
        app = Genesis(Settings.load({}, db=Path(tmp) / "bench.db"))
        async with app:
            for agent in read_agents(EVAL / "agents.json"):
                await app.agents.register(agent)
            texts = sentences()
            specs = [
                TaskSpec(id=f"t{i}", description=f"{rng.choice(texts)} (part {i})",
                         depends_on=sorted({f"t{rng.randrange(i)}" for _ in range(rng.randint(0, 3))}) if i else [])
                for i in range(1000)
            ]  # fmt: skip
            plan = await app.orchestrator.plan_task("bench", specs)
            await app.orchestrator.route_plan(plan.plan_id, create_if_unroutable=False)
            times = []
            for _ in range(21):
                t = time.perf_counter()
                await app.orchestrator.validate_plan(plan.plan_id)
                times.append((time.perf_counter() - t) * 1000)
    return times


def bench_validate_plan() -> None:
    times = asyncio.run(_validate_plan_through_the_store())
    print(f"validate_plan (read from SQLite + validate, after route_plan): 1,000 tasks, median "
          f"{statistics.median(times):.1f} ms, min {min(times):.1f} ms   (goal < 50 ms)")  # fmt: skip


if __name__ == "__main__":
    bench_route()
    bench_validate()
    bench_validate_plan()
