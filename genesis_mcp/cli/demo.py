"""``genesis-mcp demo``: start the server over stdio, drive it with the official MCP client, tell the story.

Each chapter is a coroutine taking the connected client and a ``say`` function; later capabilities add
chapters. The server runs as a real subprocess, exactly as a desktop host would start it.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

__all__ = ["register", "run_demo"]

Say = Callable[[str], None]


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser("demo", help="a guided tour: drives the server with an MCP client")
    p.add_argument("--db", type=Path, help="keep the state in this file (default: a throw-away one)")
    p.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    def say(line: str) -> None:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()

    return asyncio.run(run_demo(args.db, say))


async def _call(client: Any, name: str, arguments: dict[str, Any]) -> Any:
    result = await client.call_tool(name, arguments)
    if result.is_error:
        raise RuntimeError(f"{name} failed: {result.content[0].text}")
    return result.structured_content


async def chapter_agents(client: Any, say: Say) -> None:
    say("\n1. A team of agents registers")
    team = [
        ("data-analyst", ["sql", "statistics", "analytics"], 0.02, "Answers questions with SQL and statistics."),
        ("scraper", ["scraping", "html_parsing"], 0.01, "Fetches and extracts data from web pages."),
        ("writer", ["writing", "summarization"], 0.005, "Writes reports and summaries."),
    ]
    for name, caps, cost, desc in team:
        out = await _call(
            client,
            "register_agent",
            {"name": name, "capabilities": caps, "cost_per_call": cost, "description": desc},
        )
        agent = out["agent"]
        say(f"   + {agent['name']:<13} can {', '.join(agent['capabilities'])} (${agent['cost_per_call']}/call)")


async def chapter_outcomes(client: Any, say: Say) -> None:
    say("\n2. Work gets done, and every outcome is recorded (one call, one transaction)")
    outcomes = [
        {"agent": "data-analyst", "task_type": "analytics", "success": True, "quality": 0.9, "cost": 0.02},
        {"agent": "data-analyst", "task_type": "analytics", "success": True, "quality": 0.8, "cost": 0.03},
        {"agent": "data-analyst", "task_type": "analytics", "success": False, "quality": 0.2, "cost": 0.02},
        {"agent": "scraper", "task_type": "scraping", "success": True, "quality": 0.7, "cost": 0.01},
        {"agent": "writer", "task_type": "summary", "success": True, "quality": 0.95, "cost": 0.004},
    ]
    out = await _call(client, "record_outcome", {"outcomes": outcomes})
    say(f"   recorded {out['count']} outcomes")
    bad = await client.call_tool(
        "record_outcome", {"agent": "data-analyst", "task_type": "analytics", "success": True, "quality": 1.7}
    )
    say(f"   a quality of 1.7 is refused, nothing written: {bad.content[0].text}")
    bad = await client.call_tool("record_outcome", {"agent": "ghost", "task_type": "x", "success": True})
    say(f"   an unknown agent is refused too: {bad.content[0].text}")


async def chapter_statistics(client: Any, say: Say) -> None:
    say("\n3. What the server has learned so far")
    stats = await _call(client, "get_statistics", {})
    say(f"   {stats['total_outcomes']} outcomes, overall success {stats['overall_success_rate']:.0%}")
    for row in stats["by_agent_and_type"]:
        quality = f"{row['mean_quality']:.2f}" if row["mean_quality"] is not None else "-"
        say(
            f"   {row['agent']:<13} {row['task_type']:<10} {row['successes']}/{row['count']} succeeded "
            f"({row['success_rate']:.0%}), mean quality {quality}"
        )
    resource = await client.read_resource("genesis://agents")
    names = [a["name"] for a in json.loads(resource.contents[0].text)]
    say(f"   resource genesis://agents lists: {', '.join(names)}")


REQUEST = (
    "1. Scrape competitor prices from their websites\n"
    "2. Analyse the price differences with statistics\n"
    "3. Write a summary report for the board\n"
    "4. Review the supplier contract for legal risks"
)


async def chapter_plan(client: Any, say: Say) -> None:
    say("\n4. A request becomes a plan (a task DAG), routed with explanations")
    plan = await _call(client, "plan_task", {"request": REQUEST})
    say(
        f"   plan {plan['plan_id']}: {len(plan['tasks'])} tasks in {len(plan['layers'])} layers; ready: {plan['ready']}"
    )
    routed = await _call(client, "route_plan", {"plan_id": plan["plan_id"]})
    for made in routed["created_agents"]:
        agent = made["agent"]
        say(f"   ! nobody covered '{made['kind']}' work: created {agent['name']} (a {made['cost_tier']}-priced agent)")
    for task in routed["tasks"]:
        say(f"   {task['task_id']} -> {task['agent'] or 'nobody':<17} [{task['tier']}] {task['description']}")
        say(f"        why: {task['explanation'][:150]}")
    report = await _call(client, "validate_plan", {"plan_id": plan["plan_id"]})
    say(
        f"   validated: valid={report['valid']}, quality {report['quality_score']:.2f}, "
        f"estimated ${report['estimated_cost']:.4f} vs ${report['cost_if_all_strong']:.4f} all-strong "
        f"(saving ${report['saving']:.4f})"
    )
    again = await _call(
        client, "route_task", {"description": "Check this NDA for problematic clauses", "create_if_unroutable": False}
    )
    say(f"   a later legal task goes to {again['agent']}: {again['explanation']['summary'][:120]}")
    step = await _call(client, "update_plan", {"plan_id": plan["plan_id"], "complete": ["t1"]})
    say(f"   t1 done; now ready: {step['plan']['ready']}")


async def chapter_tools(client: Any, say: Say) -> None:
    say("\n5. A task no tool covers: the server writes a tool, tests it in the sandbox, and registers it")
    task = "Convert distances from miles to kilometers"
    before = {t.name for t in (await client.list_tools()).tools}
    made = await _call(client, "generate_tool", {"task_description": task})
    created = made["created"]
    tool = created["tool"]
    say(f"   '{task}' -> {tool['name']} v{tool['version']} ({made['author']})")
    say("   steps: " + ", ".join(f"{s['step']} {s['ms']:.1f} ms" for s in created["steps"]))
    say("   (the first sandboxed run also starts the worker pool and its escape self-test)")
    passed = sum(1 for t in created["tests"] if t["passed"])
    say(f"   {passed}/{len(created['tests'])} tests passed in the sandbox; check report: safe")
    after = {t.name for t in (await client.list_tools()).tools}
    say(f"   the client now lists it: {sorted(after - before)}")
    example = created["tests"][0]["args"]
    result = await client.call_tool(tool["name"], example)
    say(f"   called {tool['name']}({json.dumps(example)}) in the sandbox -> {json.dumps(result.structured_content)}")
    again = await _call(client, "generate_tool", {"task_description": "convert a distance in miles into km"})
    if again.get("reused"):
        say(f"   asked again in other words: reused {again['reused']['name']} instead of writing a duplicate")
    hostile = await client.call_tool(
        "create_tool",
        {
            "name": "sneaky",
            "description": "reads secrets",
            "source": "import os\n\ndef sneaky() -> str:\n    return os.environ.get('ANTHROPIC_API_KEY', '')\n",
            "tests": [{"args": {}, "expected": ""}],
        },
    )
    say(f"   a hostile tool is refused before it runs: {hostile.content[0].text[:110]}")


CHAPTERS: list[Callable[[Any, Say], Awaitable[None]]] = [
    chapter_agents,
    chapter_outcomes,
    chapter_statistics,
    chapter_plan,
    chapter_tools,
]


async def run_demo(db: Path | None, say: Say) -> int:
    from mcp import Client, StdioServerParameters

    with tempfile.TemporaryDirectory(prefix="genesis-demo-") as tmp:
        db_path = db if db is not None else Path(tmp) / "demo.db"
        env = {"GENESIS_MCP_DB": str(db_path), "GENESIS_MCP_LOG_LEVEL": "WARNING"}
        for key in ("PATH", "HOME", "VIRTUAL_ENV", "ANTHROPIC_API_KEY"):
            if key in os.environ:
                env[key] = os.environ[key]
        params = StdioServerParameters(command=sys.executable, args=["-m", "genesis_mcp", "serve"], env=env)
        say("genesis-mcp demo: the server runs as a subprocess over stdio, driven by the official MCP client.")
        say(f"state: {db_path}{' (throw-away)' if db is None else ''}")
        async with Client(params) as client:
            tools = await client.list_tools()
            say(
                f"connected ({client.protocol_version}); {len(tools.tools)} tools: "
                + ", ".join(t.name for t in tools.tools)
            )
            for chapter in CHAPTERS:
                await chapter(client, say)
        say("\nDone. Run `genesis-mcp serve` from an MCP host to use it for real (see README).")
    return 0
