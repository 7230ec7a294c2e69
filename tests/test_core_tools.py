"""register_agent, record_outcome, get_statistics and the core resources, in both protocol eras."""

from __future__ import annotations

import json
from typing import Any

import pytest
from mcp import types
from support import ERAS, error_code

TEAM = [
    {"name": "analyst", "capabilities": ["SQL", "Statistics"], "cost_per_call": 0.02, "description": "numbers"},
    {"name": "scraper", "capabilities": ["web scraping"], "cost_per_call": 0.01},
]


async def _register_team(client: Any) -> None:
    for agent in TEAM:
        result = await client.call_tool("register_agent", agent)
        assert not result.is_error, result.content


async def _stats(client: Any, **filters: Any) -> dict[str, Any]:
    result = await client.call_tool("get_statistics", filters)
    assert not result.is_error, result.content
    return dict(result.structured_content)


@ERAS
async def test_every_core_tool_is_listed_with_its_argument_names(connect: Any, mode: str) -> None:
    async with connect(mode) as client:
        tools = {t.name: t for t in (await client.list_tools()).tools}
    assert {"register_agent", "record_outcome", "get_statistics"} <= set(tools)
    assert set(tools["register_agent"].input_schema["properties"]) >= {
        "name",
        "capabilities",
        "cost_per_call",
        "description",
        "system_prompt",
    }
    assert tools["register_agent"].input_schema["required"] == ["name", "capabilities"]
    assert set(tools["record_outcome"].input_schema["properties"]) >= {
        "agent",
        "task_type",
        "success",
        "quality",
        "cost",
        "duration_s",
        "task_id",
        "outcomes",
    }


@ERAS
async def test_registered_agent_comes_back_with_normalised_capabilities(connect: Any, mode: str) -> None:
    async with connect(mode) as client:
        result = await client.call_tool("register_agent", TEAM[0])
        assert not result.is_error
        agent = result.structured_content["agent"]
        assert agent["capabilities"] == ["sql", "statistics"]
        assert agent["status"] == "active"
        assert result.structured_content["replaced"] is False
        listed = json.loads((await client.read_resource("genesis://agents")).contents[0].text)
    assert [a["name"] for a in listed] == ["analyst"]


@ERAS
async def test_registering_a_taken_name_is_a_conflict_unless_replace_is_given(connect: Any, mode: str) -> None:
    async with connect(mode) as client:
        await _register_team(client)
        again = await client.call_tool("register_agent", {**TEAM[0], "capabilities": ["python"]})
        assert error_code(again) == "conflict"
        assert again.structured_content["error"]["argument"] == "name"
        replaced = await client.call_tool("register_agent", {**TEAM[0], "capabilities": ["python"], "replace": True})
        assert replaced.structured_content["replaced"] is True
        assert replaced.structured_content["agent"]["capabilities"] == ["python"]


@ERAS
async def test_one_outcome_is_recorded_and_counted_in_statistics(connect: Any, mode: str) -> None:
    async with connect(mode) as client:
        await _register_team(client)
        result = await client.call_tool(
            "record_outcome",
            {"agent": "analyst", "task_type": "Analytics", "success": True, "quality": 0.8, "cost": 0.03},
        )
        assert not result.is_error, result.content
        assert result.structured_content["count"] == 1
        stats = await _stats(client)
    assert stats["total_outcomes"] == 1
    [row] = stats["by_agent_and_type"]
    assert (row["agent"], row["task_type"], row["success_rate"], row["mean_quality"]) == (
        "analyst",
        "analytics",
        1.0,
        0.8,
    )


@ERAS
async def test_statistics_give_success_rates_per_agent_and_task_type(connect: Any, mode: str) -> None:
    async with connect(mode) as client:
        await _register_team(client)
        batch = [
            {"agent": "analyst", "task_type": "sql", "success": True},
            {"agent": "analyst", "task_type": "sql", "success": False},
            {"agent": "analyst", "task_type": "sql", "success": True},
            {"agent": "analyst", "task_type": "report", "success": False},
            {"agent": "scraper", "task_type": "scraping", "success": True, "duration_s": 4.0},
        ]
        assert not (await client.call_tool("record_outcome", {"outcomes": batch})).is_error
        everything = await _stats(client)
        only_analyst_sql = await _stats(client, agent="analyst", task_type="sql")
        resource = json.loads((await client.read_resource("genesis://stats")).contents[0].text)
    rates = {(r["agent"], r["task_type"]): (r["count"], r["success_rate"]) for r in everything["by_agent_and_type"]}
    assert rates == {
        ("analyst", "report"): (1, 0.0),
        ("analyst", "sql"): (3, pytest.approx(2 / 3)),
        ("scraper", "scraping"): (1, 1.0),
    }
    assert everything["overall_success_rate"] == pytest.approx(3 / 5)
    assert [r["task_type"] for r in only_analyst_sql["by_agent_and_type"]] == ["sql"]
    assert resource["total_outcomes"] == 5


@ERAS
async def test_a_batch_with_one_unknown_agent_writes_nothing(connect: Any, mode: str) -> None:
    async with connect(mode) as client:
        await _register_team(client)
        batch = [
            {"agent": "analyst", "task_type": "sql", "success": True},
            {"agent": "nobody", "task_type": "sql", "success": True},
        ]
        result = await client.call_tool("record_outcome", {"outcomes": batch})
        assert error_code(result) == "not_found"
        assert result.structured_content["error"]["argument"] == "outcomes[1].agent"
        assert (await _stats(client))["total_outcomes"] == 0


@ERAS
async def test_a_batch_with_one_out_of_range_value_writes_nothing(connect: Any, mode: str) -> None:
    async with connect(mode) as client:
        await _register_team(client)
        batch = [
            {"agent": "analyst", "task_type": "sql", "success": True},
            {"agent": "analyst", "task_type": "sql", "success": True, "cost": -1},
        ]
        result = await client.call_tool("record_outcome", {"outcomes": batch})
        assert error_code(result) == "invalid_input"
        assert result.structured_content["error"]["argument"] == "outcomes.1.cost"
        assert (await _stats(client))["total_outcomes"] == 0


BAD_OUTCOMES = [
    pytest.param({"agent": "analyst", "task_type": "x", "success": True, "quality": 1.7}, "quality", id="quality-1.7"),
    pytest.param({"agent": "analyst", "task_type": "x", "success": True, "cost": -0.5}, "cost", id="negative-cost"),
    pytest.param({"agent": "analyst", "task_type": "x", "success": True, "duration_s": -1}, "duration_s", id="neg-dur"),
    pytest.param({"agent": "analyst", "task_type": "x", "success": "maybe"}, "success", id="success-not-bool"),
    pytest.param({"agent": "analyst", "task_type": "", "success": True}, "task_type", id="empty-task-type"),
    pytest.param({"agent": "", "task_type": "x", "success": True}, "agent", id="empty-agent"),
    pytest.param({"agent": "a" * 10_000_000, "task_type": "x", "success": True}, "agent", id="10MB-agent"),
    pytest.param({"agent": "analyst", "success": True}, "task_type", id="missing-task-type"),
    pytest.param({"outcomes": []}, "outcomes", id="empty-batch"),
    pytest.param({"outcomes": "all of them"}, "outcomes", id="batch-not-a-list"),
    pytest.param(
        {"outcomes": [{"agent": "analyst", "task_type": "x", "success": True}], "agent": "analyst"},
        "outcomes",
        id="batch-and-fields",
    ),
]


@ERAS
@pytest.mark.parametrize(("arguments", "argument"), BAD_OUTCOMES)
async def test_bad_outcomes_are_refused_naming_the_argument_and_nothing_is_written(
    connect: Any, mode: str, arguments: dict[str, Any], argument: str
) -> None:
    async with connect(mode) as client:
        await _register_team(client)
        result = await client.call_tool("record_outcome", arguments)
        assert error_code(result) == "invalid_input"
        assert result.structured_content["error"]["argument"] == argument
        assert (await _stats(client))["total_outcomes"] == 0


BAD_AGENTS = [
    pytest.param({"name": "", "capabilities": ["x"]}, "name", id="empty-name"),
    pytest.param({"name": "n" * 10_000_000, "capabilities": ["x"]}, "name", id="10MB-name"),
    pytest.param({"name": "ok", "capabilities": "sql"}, "capabilities", id="capabilities-not-a-list"),
    pytest.param({"name": "ok", "capabilities": ["bad capability!"]}, "capabilities.0", id="bad-capability"),
    pytest.param({"name": "ok", "capabilities": ["x"], "cost_per_call": -1}, "cost_per_call", id="negative-cost"),
    pytest.param({"name": "ok", "capabilities": ["x"], "cost_per_call": "cheap"}, "cost_per_call", id="cost-text"),
    pytest.param({"name": "../../etc", "capabilities": ["x"]}, "name", id="path-like-name"),
    pytest.param({"capabilities": ["x"]}, "name", id="missing-name"),
    pytest.param({"name": "ok", "capabilities": []}, "capabilities", id="no-capabilities"),
]


@ERAS
@pytest.mark.parametrize(("arguments", "argument"), BAD_AGENTS)
async def test_bad_agents_are_refused_naming_the_argument_and_nothing_is_written(
    connect: Any, mode: str, arguments: dict[str, Any], argument: str
) -> None:
    async with connect(mode) as client:
        result = await client.call_tool("register_agent", arguments)
        assert error_code(result) == "invalid_input"
        assert result.structured_content["error"]["argument"] == argument
        listed = json.loads((await client.read_resource("genesis://agents")).contents[0].text)
    assert listed == []


@ERAS
async def test_statistics_for_an_unknown_agent_is_not_found(connect: Any, mode: str) -> None:
    async with connect(mode) as client:
        result = await client.call_tool("get_statistics", {"agent": "ghost"})
    assert error_code(result) == "not_found"


@ERAS
async def test_calling_a_tool_that_does_not_exist_is_not_found(connect: Any, mode: str) -> None:
    async with connect(mode) as client:
        result = await client.call_tool("no_such_tool", {})
    assert error_code(result) == "not_found"


async def test_legacy_initialize_advertises_tools_list_changed(connect: Any) -> None:
    async with connect("legacy") as client:
        caps = client.server_capabilities
    assert caps.tools is not None and caps.tools.list_changed is True


async def test_registering_an_agent_notifies_legacy_clients_that_resources_changed(connect: Any) -> None:
    seen: list[Any] = []

    async def on_message(message: Any) -> None:
        seen.append(message)

    async with connect("legacy", message_handler=on_message) as client:
        await client.call_tool("register_agent", TEAM[0])
    assert any(isinstance(m, types.ResourceListChangedNotification) for m in seen)
