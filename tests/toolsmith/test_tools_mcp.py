"""create_tool / call / retire through a real MCP client (in memory, both eras), with the real sandbox."""

from __future__ import annotations

import json
from typing import Any

import anyio
import pytest
from mcp import Client, types
from support import ERAS, error_code

from genesis_mcp.app import Genesis
from genesis_mcp.config import Settings
from genesis_mcp.server import build_server

SLUGIFY = '''
import re

def slugify(text: str, separator: str = "-") -> str:
    """Lower-case words joined by a separator."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    if not words:
        raise ValueError("text has no letters or digits")
    return separator.join(words)
'''
SLUGIFY_TESTS = [
    {"args": {"text": "Hello, World!"}, "expected": "hello-world"},
    {"args": {"text": "A  b", "separator": "_"}, "expected": "a_b"},
    {"args": {"text": "!!!"}, "error": "ValueError"},
]


def _tool(**overrides: Any) -> dict[str, Any]:
    return {
        "name": "slugify",
        "description": "Turn a title into a URL slug.",
        "source": SLUGIFY,
        "tests": SLUGIFY_TESTS,
        **overrides,
    }


async def _create(client: Any, **overrides: Any) -> dict[str, Any]:
    result = await client.call_tool("create_tool", _tool(**overrides))
    assert not result.is_error, result.content[0].text
    return dict(result.structured_content)


@ERAS
async def test_a_created_tool_is_listed_with_its_schema_and_runs_in_the_sandbox(connect: Any, mode: str) -> None:
    async with connect(mode) as client:
        created = await _create(client)
        tools = {t.name: t for t in (await client.list_tools()).tools}
        direct = await client.call_tool("slugify", {"text": "Genesis MCP, really"})
        indirect = await client.call_tool("call_generated_tool", {"name": "slugify", "arguments": {"text": "a b"}})
    assert [s["step"] for s in created["steps"]] == ["check", "validate", "tests", "store", "register", "announce"]
    assert created["tool"]["version"] == 1 and created["created"] is True
    assert all(t["passed"] for t in created["tests"])
    schema = tools["slugify"].input_schema
    assert schema["required"] == ["text"]
    assert schema["properties"]["separator"]["default"] == "-"
    assert direct.structured_content == {"result": "genesis-mcp-really"}
    assert indirect.structured_content == {"result": "a-b"}


async def test_a_modern_client_listening_hears_that_the_tool_list_changed(connect: Any) -> None:
    async with connect("auto") as client, client.listen(tools_list_changed=True) as events:
        await _create(client)
        with anyio.fail_after(5):
            event = await events.__anext__()
    assert type(event).__name__ == "ToolsListChanged"


async def test_every_legacy_client_hears_that_the_tool_list_changed_not_only_the_caller(shared_sandbox: Any) -> None:
    app = Genesis(Settings.load(), sandbox=shared_sandbox)
    heard: dict[str, list[Any]] = {"caller": [], "other": []}

    def recorder(key: str) -> Any:
        async def on_message(message: Any) -> None:
            heard[key].append(message)

        return on_message

    server = build_server(app)
    async with (
        Client(server, mode="legacy", message_handler=recorder("other")) as other,
        Client(server, mode="legacy", message_handler=recorder("caller")) as caller,
    ):
        await other.list_tools()  # the server learns of a connection when it first makes a request
        await _create(caller)
        await other.list_tools()
    for key in ("caller", "other"):
        assert any(isinstance(m, types.ToolListChangedNotification) for m in heard[key]), key


@ERAS
async def test_hostile_source_is_refused_with_findings_and_nothing_is_registered(connect: Any, mode: str) -> None:
    hostile = "import os\n\ndef slugify(text: str) -> str:\n    return os.environ.get('HOME', '')\n"
    async with connect(mode) as client:
        result = await client.call_tool("create_tool", _tool(source=hostile))
        names = {t.name for t in (await client.list_tools()).tools}
        listing = json.loads((await client.read_resource("genesis://tools")).contents[0].text)
    assert error_code(result) == "unsafe_code"
    assert result.structured_content["error"]["details"]["findings"]
    assert "slugify" not in names
    assert listing == []


@ERAS
async def test_failing_tests_are_each_reported_and_nothing_is_registered(connect: Any, mode: str) -> None:
    wrong = [
        *SLUGIFY_TESTS,
        {"args": {"text": "x y"}, "expected": "x y"},
        {"args": {"text": "ok"}, "error": "KeyError"},
    ]
    async with connect(mode) as client:
        result = await client.call_tool("create_tool", _tool(tests=wrong))
        names = {t.name for t in (await client.list_tools()).tools}
    assert error_code(result) == "tests_failed"
    outcomes = [t["passed"] for t in result.structured_content["error"]["details"]["tests"]]
    assert outcomes == [True, True, True, False, False]
    assert "slugify" not in names


@pytest.mark.parametrize(
    ("overrides", "code", "argument"),
    [
        ({"name": "register_agent"}, "conflict", "name"),
        ({"name": "Bad Name"}, "invalid_input", "name"),
        ({"name": "ab"}, "invalid_input", "name"),
        ({"source": "def slugify(text):\n    return text\n"}, "invalid_input", "source"),
        ({"source": "def slugify(text: set[str]) -> str:\n    return ''\n"}, "invalid_input", "source"),
        ({"tests": []}, "invalid_input", "tests"),
        ({"tests": [{"args": {"text": "a"}}]}, "invalid_input", "tests.0"),
        ({"tests": [{"args": {"title": "a"}, "expected": "a"}]}, "invalid_input", "tests.0.args"),
        ({"source": "x" * 200_001}, "too_large", "source"),
        ({"permissions": ["network"]}, "invalid_input", "permissions"),
    ],
    ids=[
        "static-name",
        "malformed-name",
        "short-name",
        "untyped",
        "unschemable",
        "no-tests",
        "test-without-outcome",
        "test-with-unknown-arg",
        "oversized",
        "unknown-permission",
    ],
)
async def test_bad_tools_are_refused_naming_the_argument(
    connect: Any, overrides: dict[str, Any], code: str, argument: str
) -> None:
    async with connect() as client:
        result = await client.call_tool("create_tool", _tool(**overrides))
        listing = json.loads((await client.read_resource("genesis://tools")).contents[0].text)
    assert error_code(result) == code
    assert result.structured_content["error"]["argument"] == argument
    assert listing == []


async def test_a_taken_generated_name_needs_new_version_and_then_becomes_version_two(connect: Any) -> None:
    upper = SLUGIFY.replace("text.lower()", "text.upper()").replace("[a-z0-9]", "[A-Z0-9]")
    upper_tests = [{"args": {"text": "Hello, World!"}, "expected": "HELLO-WORLD"}]
    async with connect() as client:
        await _create(client)
        taken = await client.call_tool("create_tool", _tool(source=upper, tests=upper_tests))
        v2 = await client.call_tool("create_tool", _tool(source=upper, tests=upper_tests, new_version=True))
        called = await client.call_tool("slugify", {"text": "a b"})
        same_again = await client.call_tool("create_tool", _tool(source=upper, tests=upper_tests, new_version=True))
    assert error_code(taken) == "conflict"
    assert v2.structured_content["tool"]["version"] == 2
    assert called.structured_content == {"result": "A-B"}
    assert same_again.structured_content["created"] is False
    assert same_again.structured_content["tool"]["version"] == 2


async def test_retiring_removes_the_tool_and_a_version_rolls_back(connect: Any) -> None:
    upper = SLUGIFY.replace("text.lower()", "text.upper()").replace("[a-z0-9]", "[A-Z0-9]")
    async with connect() as client:
        await _create(client)
        await _create(client, source=upper, tests=[{"args": {"text": "a"}, "expected": "A"}], new_version=True)
        retired = await client.call_tool("retire_tool", {"name": "slugify"})
        gone = {t.name for t in (await client.list_tools()).tools}
        call_retired = await client.call_tool("call_generated_tool", {"name": "slugify", "arguments": {"text": "x"}})
        rolled = await client.call_tool("retire_tool", {"name": "slugify", "version": 1})
        back = await client.call_tool("slugify", {"text": "X Y"})
        unknown = await client.call_tool("retire_tool", {"name": "nothing_here"})
    assert retired.structured_content["status"] == "retired"
    assert "slugify" not in gone
    assert error_code(call_retired) == "not_found"
    assert rolled.structured_content["active_version"] == 1
    assert back.structured_content == {"result": "x-y"}
    assert error_code(unknown) == "not_found"


async def test_the_active_tool_cap_retires_the_least_recently_used_and_says_so(
    connect: Any, shared_sandbox: Any
) -> None:
    app = Genesis(Settings.load(max_active_tools=2), sandbox=shared_sandbox)
    async with connect(app=app) as client:
        await _create(client, name="first_tool")
        await _create(client, name="second_tool")
        await client.call_tool("first_tool", {"text": "keep me"})  # second_tool is now the least recently used
        third = await _create(client, name="third_tool")
        names = {t.name for t in (await client.list_tools()).tools}
    assert third["evicted"] == ["second_tool"]
    assert {"first_tool", "third_tool"} <= names and "second_tool" not in names


@ERAS
async def test_bad_arguments_to_a_generated_tool_are_refused_before_the_sandbox(connect: Any, mode: str) -> None:
    async with connect(mode) as client:
        await _create(client)
        wrong_type = await client.call_tool("slugify", {"text": 42})
        missing = await client.call_tool("call_generated_tool", {"name": "slugify", "arguments": {}})
        static = await client.call_tool("call_generated_tool", {"name": "get_statistics", "arguments": {}})
        resource = json.loads((await client.read_resource("genesis://tools/slugify")).contents[0].text)
    assert error_code(wrong_type) == "invalid_input"
    assert error_code(missing) == "invalid_input"
    assert error_code(static) == "not_found"
    assert resource["call_count"] == 0


async def test_a_tool_that_raises_at_call_time_is_a_tool_failure_and_is_audited(connect: Any) -> None:
    async with connect() as client:
        await _create(client)
        failed = await client.call_tool("slugify", {"text": "???"})
        ok = await client.call_tool("slugify", {"text": "fine"})
        resource = json.loads((await client.read_resource("genesis://tools/slugify")).contents[0].text)
    assert error_code(failed) == "tool_failed"
    assert failed.structured_content["error"]["details"]["error_type"] == "ValueError"
    assert not ok.is_error
    assert resource["call_count"] == 2
    calls = [(a["action"], a["ok"]) for a in resource["audit"] if a["action"] == "call"]
    assert calls == [("call", True), ("call", False)]
    assert resource["versions"][0]["provenance"]["author"] == "client"
    assert resource["versions"][0]["source"] == SLUGIFY


async def test_check_code_reports_findings_without_running_anything(connect: Any) -> None:
    async with connect() as client:
        safe = await client.call_tool("check_code", {"source": SLUGIFY})
        unsafe = await client.call_tool("check_code", {"source": "import subprocess\nsubprocess.run(['id'])\n"})
        huge = await client.call_tool("check_code", {"source": "x = 1\n" * 40_000})
    assert safe.structured_content["safe"] is True
    assert unsafe.structured_content["safe"] is False
    finding = unsafe.structured_content["findings"][0]
    assert {"rule", "line", "col", "message"} <= set(finding)
    assert error_code(huge) == "too_large"
