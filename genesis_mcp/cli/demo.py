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


CHAPTERS: list[Callable[[Any, Say], Awaitable[None]]] = [chapter_agents, chapter_outcomes, chapter_statistics]


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
