"""plan_task, update_plan, route_task, route_plan, validate_plan, create_agent, manage_agent and the agent
prompts, through a real MCP client in both eras, over a real database."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

import pytest
from mcp import types
from support import ERAS, error_code

from genesis_mcp.app import Genesis
from genesis_mcp.config import Settings

ROOT = Path(__file__).resolve().parent.parent
TEAM = [
    {"name": "scraper", "capabilities": ["web scraping", "html"], "description": "Fetches web pages and extracts data"},
    {"name": "data-analyst", "capabilities": ["sql", "statistics", "analytics"], "description": "Computes metrics"},
    {"name": "writer", "capabilities": ["writing", "summarization"], "description": "Writes reports and summaries"},
]
REQUEST = (
    "1. Scrape competitor prices from their websites\n"
    "2. Analyse the price differences with statistics\n"
    "3. Write a summary report for the board\n"
    "4. Review the supplier contract for legal risks"
)


async def _team(client: Any) -> None:
    for agent in TEAM:
        assert not (await client.call_tool("register_agent", agent)).is_error


async def _ok(client: Any, tool: str, args: dict[str, Any]) -> dict[str, Any]:
    result = await client.call_tool(tool, args)
    assert not result.is_error, result.content[0].text
    return dict(result.structured_content)


@ERAS
async def test_a_request_becomes_a_routed_validated_plan_and_unroutable_work_gets_a_new_agent(
    connect: Any, mode: str
) -> None:
    async with connect(mode) as client:
        await _team(client)
        plan = await _ok(client, "plan_task", {"request": REQUEST})
        routed = await _ok(client, "route_plan", {"plan_id": plan["plan_id"]})
        report = await _ok(client, "validate_plan", {"plan_id": plan["plan_id"]})
        prompts = {p.name for p in (await client.list_prompts()).prompts}
    assert [t["id"] for t in plan["tasks"]] == ["t1", "t2", "t3", "t4"]
    assert plan["layers"] == [["t1"], ["t2"], ["t3"], ["t4"]]
    assert plan["ready"] == ["t1"]
    by_task = {t["task_id"]: t for t in routed["tasks"]}
    assert [by_task[t]["agent"] for t in ("t1", "t2", "t3")] == ["scraper", "data-analyst", "writer"]
    [created] = routed["created_agents"]
    assert by_task["t4"]["agent"] == created["agent"]["name"]
    assert created["agent"]["created_by"] == "genesis"
    assert all(by_task[t]["explanation"] and by_task[t]["tier"] for t in by_task)
    assert routed["saving"] == pytest.approx(routed["cost_if_all_strong"] - routed["estimated_cost"])
    assert report["valid"] and report["solvable"] and report["complete"] and report["non_redundant"]
    assert 0 < report["quality_score"] <= 1
    assert created["agent"]["name"] in prompts


async def test_the_same_kind_of_task_reaches_the_agent_created_for_it(connect: Any) -> None:
    async with connect() as client:
        await _team(client)
        first = await _ok(client, "route_task", {"description": "Review this supplier contract for legal risks"})
        second = await _ok(
            client,
            "route_task",
            {"description": "Check the NDA for problematic clauses", "create_if_unroutable": False},
        )
    assert first["created"] is True and first["new_agent"]["agent"]["name"] == first["agent"]
    assert second["created"] is False
    assert second["agent"] == first["agent"]


@ERAS
async def test_route_task_explains_its_choice_and_names_the_runners_up(connect: Any, mode: str) -> None:
    async with connect(mode) as client:
        await _team(client)
        decision = await _ok(client, "route_task", {"description": "Compute monthly revenue statistics with SQL"})
    assert decision["agent"] == "data-analyst"
    assert decision["explanation"]["summary"]
    assert decision["explanation"]["method"] in {"rule", "capabilities", "text"}
    assert decision["created"] is False and decision["unroutable"] is False


async def test_unroutable_work_without_creation_is_reported_not_forced(connect: Any) -> None:
    async with connect() as client:
        await _team(client)
        decision = await _ok(
            client, "route_task", {"description": "Book a flight to Lisbon and a hotel", "create_if_unroutable": False}
        )
    assert decision["agent"] is None and decision["unroutable"] is True


async def test_failing_a_task_blocks_its_dependents_and_says_which(connect: Any) -> None:
    tasks = [
        {"id": "fetch", "description": "Fetch the data"},
        {"id": "clean", "description": "Clean the data", "depends_on": ["fetch"]},
        {"id": "report", "description": "Report on it", "depends_on": ["clean"]},
        {"id": "notify", "description": "Tell the team"},
    ]
    async with connect() as client:
        plan = await _ok(client, "plan_task", {"request": "a pipeline", "tasks": tasks})
        started = await _ok(client, "update_plan", {"plan_id": plan["plan_id"], "start": ["fetch"]})
        failed = await _ok(
            client, "update_plan", {"plan_id": plan["plan_id"], "fail": ["fetch"], "reasons": {"fetch": "timeout"}}
        )
        stored = json.loads((await client.read_resource(f"genesis://plans/{plan['plan_id']}")).contents[0].text)
    assert started["summary"]["started"] == ["fetch"]
    assert sorted(failed["summary"]["newly_blocked"]) == ["clean", "report"]
    assert failed["plan"]["ready"] == ["notify"]
    statuses = {t["id"]: t["status"] for t in stored["tasks"]}
    assert statuses == {"fetch": "failed", "clean": "blocked", "report": "blocked", "notify": "ready"}


BAD_PLANS = [
    pytest.param(
        [{"id": "a", "description": "x", "depends_on": ["b"]}, {"id": "b", "description": "y", "depends_on": ["a"]}],
        "cycle",
        id="cycle",
    ),
    pytest.param([{"id": "a", "description": "x", "depends_on": ["ghost"]}], "invalid_input", id="dangling"),
    pytest.param([{"id": "a", "description": "x"}, {"id": "a", "description": "y"}], "invalid_input", id="duplicate"),
    pytest.param([{"id": "a", "description": "x", "depends_on": ["a"]}], "invalid_input", id="self-loop"),
    pytest.param([], "invalid_input", id="empty"),
    pytest.param([{"id": "a"}], "invalid_input", id="no-description"),
    pytest.param([{"id": f"t{i}", "description": "x"} for i in range(10_001)], "too_large", id="10001-tasks"),
]


@pytest.mark.parametrize(("tasks", "code"), BAD_PLANS)
async def test_broken_plans_are_refused_and_nothing_is_stored(connect: Any, tasks: list[Any], code: str) -> None:
    async with connect() as client:
        result = await client.call_tool("plan_task", {"request": "r", "tasks": tasks})
        stored = json.loads((await client.read_resource("genesis://plans")).contents[0].text)
    assert error_code(result) == code
    assert stored == []


async def test_a_cycle_is_named_in_the_error(connect: Any) -> None:
    tasks = [
        {"id": "a", "description": "x", "depends_on": ["c"]},
        {"id": "b", "description": "y", "depends_on": ["a"]},
        {"id": "c", "description": "z", "depends_on": ["b"]},
    ]
    async with connect() as client:
        result = await client.call_tool("plan_task", {"request": "r", "tasks": tasks})
    assert error_code(result) == "cycle"
    assert "->" in result.content[0].text


async def test_a_ten_thousand_task_plan_is_stored_and_validated(connect: Any) -> None:
    tasks = [{"id": f"t{i}", "description": f"step {i} of the job", "depends_on": [f"t{i - 1}"] if i else []}
             for i in range(10_000)]  # fmt: skip
    async with connect() as client:
        plan = await _ok(client, "plan_task", {"request": "long job", "tasks": tasks})
        report = await _ok(client, "validate_plan", {"plan_id": plan["plan_id"]})
    assert len(plan["layers"]) == 10_000
    assert report["complete"] is False  # nothing is assigned yet, and the report says so per task


@pytest.mark.parametrize(
    ("tool", "args"),
    [
        ("update_plan", {"plan_id": "nope", "complete": ["t1"]}),
        ("route_plan", {"plan_id": "nope"}),
        ("validate_plan", {"plan_id": "nope"}),
    ],
)
async def test_unknown_plan_ids_are_not_found(connect: Any, tool: str, args: dict[str, Any]) -> None:
    async with connect() as client:
        result = await client.call_tool(tool, args)
    assert error_code(result) == "not_found"


async def test_a_refused_update_changes_nothing(connect: Any) -> None:
    tasks = [{"id": "a", "description": "x"}, {"id": "b", "description": "y", "depends_on": ["a"]}]
    async with connect() as client:
        plan = await _ok(client, "plan_task", {"request": "r", "tasks": tasks})
        early = await client.call_tool("update_plan", {"plan_id": plan["plan_id"], "complete": ["b"]})
        cyclic = await client.call_tool(
            "update_plan",
            {
                "plan_id": plan["plan_id"],
                "add": [
                    {"id": "c", "description": "z", "depends_on": ["d"]},
                    {"id": "d", "description": "w", "depends_on": ["c"]},
                ],
            },
        )
        stored = json.loads((await client.read_resource(f"genesis://plans/{plan['plan_id']}")).contents[0].text)
    assert error_code(early) == "conflict"
    assert error_code(cyclic) == "cycle"
    assert [(t["id"], t["status"]) for t in stored["tasks"]] == [("a", "ready"), ("b", "pending")]


async def test_agents_are_fetched_updated_cloned_retired_and_restored(connect: Any) -> None:
    async with connect() as client:
        await _team(client)
        got = await _ok(client, "manage_agent", {"name": "writer", "action": "get"})
        updated = await _ok(
            client, "manage_agent", {"name": "writer", "action": "update", "capabilities": ["writing", "editing"]}
        )
        cloned = await _ok(client, "manage_agent", {"name": "writer", "action": "clone", "new_name": "writer-2"})
        retired = await _ok(client, "manage_agent", {"name": "writer", "action": "retire"})
        prompts_after_retire = {p.name for p in (await client.list_prompts()).prompts}
        routed = await _ok(client, "route_task", {"description": "Write a summary of the meeting"})
        restored = await _ok(client, "manage_agent", {"name": "writer", "action": "restore"})
        taken = await client.call_tool("manage_agent", {"name": "writer", "action": "clone", "new_name": "writer-2"})
        unknown = await client.call_tool("manage_agent", {"name": "ghost", "action": "get"})
    assert got["agent"]["name"] == "writer"
    assert updated["agent"]["capabilities"] == ["writing", "editing"]
    assert cloned["agent"]["capabilities"] == ["writing", "editing"]
    assert retired["agent"]["status"] == "retired"
    assert "writer" not in prompts_after_retire and "writer-2" in prompts_after_retire
    assert routed["agent"] == "writer-2"
    assert restored["agent"]["status"] == "active"
    assert error_code(taken) == "conflict"
    assert error_code(unknown) == "not_found"


async def test_each_agent_is_a_prompt_that_carries_its_system_prompt(connect: Any) -> None:
    async with connect("legacy") as client:
        await _ok(client, "register_agent", {**TEAM[0], "system_prompt": "You scrape politely."})
        prompt = await client.get_prompt("scraper", {"task": "get the prices"})
    text = prompt.messages[0].content.text
    assert text.startswith("You scrape politely.") and text.endswith("Task: get the prices")


async def test_legacy_clients_hear_that_prompts_changed_when_an_agent_is_created(connect: Any) -> None:
    heard: list[Any] = []

    async def on_message(message: Any) -> None:
        heard.append(message)

    async with connect("legacy", message_handler=on_message) as client:
        await _ok(client, "create_agent", {"task_description": "Monitor uptime of our websites", "with_tool": False})
    assert any(isinstance(m, types.PromptListChangedNotification) for m in heard)


async def test_create_agent_makes_a_specialist_of_the_right_kind(connect: Any) -> None:
    async with connect() as client:
        made = await _ok(
            client,
            "create_agent",
            {"task_description": "Scrape product listings from e-commerce sites", "with_tool": False},
        )
    assert made["kind"] == "scraping"
    assert made["agent"]["system_prompt"]
    assert made["cost_tier"] in {"cheap", "standard", "strong"}


async def test_rules_from_the_example_file_route_and_a_broken_edit_keeps_them(
    connect: Any, shared_sandbox: Any, tmp_path: Path
) -> None:
    rules = tmp_path / "rules.toml"
    rules.write_text((ROOT / "examples" / "rules.toml").read_text())
    app = Genesis(Settings.load(rules=rules), sandbox=shared_sandbox)
    async with connect(app=app) as client:
        await _ok(client, "register_agent", {"name": "security-reviewer", "capabilities": ["security"]})
        await _team(client)
        fired = await _ok(client, "route_task", {"description": "We found leaked credentials in a repo"})
        rules.write_text("version = 1\n[[rules]]\nname = 'broken'\npriority = 'high'\n")
        os.utime(rules, (time.time() + 5, time.time() + 5))
        still = await _ok(client, "route_task", {"description": "Is this CVE a vulnerability for us?"})
        state = json.loads((await client.read_resource("genesis://rules")).contents[0].text)
    assert fired["agent"] == "security-reviewer" and fired["explanation"]["rule"] == "security-first"
    assert still["explanation"]["rule"] == "security-first"
    assert state["error"] and "line" in state["error"]


def test_a_broken_rules_file_stops_the_server_at_start_with_the_line_named(tmp_path: Path) -> None:
    import subprocess
    import sys

    rules = tmp_path / "rules.toml"
    rules.write_text("version = 1\n[[rules]]\nname = 'x'\npriority = 'high'\n")
    proc = subprocess.run(
        [sys.executable, "-m", "genesis_mcp", "serve", "--rules", str(rules)],
        env={**os.environ, "GENESIS_MCP_DB": str(tmp_path / "g.db")},
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert proc.returncode == 1
    assert "line" in proc.stderr and "priority" in proc.stderr
    assert not (tmp_path / "g.db").exists()


async def test_an_agent_created_for_unroutable_work_gets_a_tool_where_one_fits(connect: Any) -> None:
    async with connect() as client:
        await _team(client)
        task = {"description": "Convert these temperatures from celsius to fahrenheit"}
        routed = await _ok(client, "route_task", task)
        listed = {t.name for t in (await client.list_tools()).tools}
    assert routed["created"] is True
    tool = routed["new_agent"]["tool"]
    assert tool is not None and tool in listed


async def test_a_custom_price_table_prices_the_plan(connect: Any, shared_sandbox: Any, tmp_path: Path) -> None:
    prices = tmp_path / "prices.toml"
    prices.write_text(
        "tokens_per_task = 1000\n"
        "[[tiers]]\nname = 'small'\nmodel = 'tiny-1'\nprice_per_call = 0.001\nmax_difficulty = 0.5\n"
        "[[tiers]]\nname = 'big'\nmodel = 'huge-1'\nprice_per_call = 0.1\nmax_difficulty = 1.0\n"
    )
    app = Genesis(Settings.load(prices=prices), sandbox=shared_sandbox)
    async with connect(app=app) as client:
        await _team(client)
        plan = await _ok(client, "plan_task", {"request": "Write a short summary of the meeting notes"})
        routed = await _ok(client, "route_plan", {"plan_id": plan["plan_id"]})
    [task] = routed["tasks"]
    assert (task["tier"], task["model"]) == ("small", "tiny-1")
    assert routed["cost_if_all_strong"] > routed["estimated_cost"]


def test_a_broken_price_table_stops_the_server_at_start(tmp_path: Path) -> None:
    import subprocess
    import sys

    prices = tmp_path / "prices.toml"
    prices.write_text("[[tiers]]\nname = 'x'\n")
    proc = subprocess.run(
        [sys.executable, "-m", "genesis_mcp", "serve"],
        env={**os.environ, "GENESIS_MCP_DB": str(tmp_path / "g.db"), "GENESIS_MCP_PRICES": str(prices)},
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert proc.returncode == 1
    assert "price table" in proc.stderr
