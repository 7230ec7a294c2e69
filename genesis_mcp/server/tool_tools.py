"""Static tools that make and manage tools: check_code, create_tool, generate_tool, call_generated_tool,
retire_tool; resources genesis://tools and genesis://tools/{name}."""

from __future__ import annotations

import json
import time
from typing import Annotated, Any

from mcp.server.mcpserver import MCPServer
from mcp.types import CallToolResult
from pydantic import BaseModel, Field

from genesis_mcp.app import Genesis
from genesis_mcp.errors import InvalidInput, NotFound, TooLarge
from genesis_mcp.safety import Report, check
from genesis_mcp.server.errors import tool_errors
from genesis_mcp.server.notify import Announcer
from genesis_mcp.server.registry import ToolRegistry
from genesis_mcp.toolsmith.generate import Generator
from genesis_mcp.toolsmith.generation_flow import GenerateResult, generate
from genesis_mcp.toolsmith.pipeline import CreateResult, Step, elapsed_ms
from genesis_mcp.toolsmith.spec import MAX_SOURCE_BYTES, NAME_PATTERN, Provenance, TestCase, ToolSpec

__all__ = ["CheckFinding", "CheckReport", "RetireResult", "register_tool_tools"]


class CheckFinding(BaseModel):
    """One finding of the safety checker, as ``check_code`` returns it."""

    rule: str = Field(description="Stable rule id (genesis_mcp.safety.RULES describes each).")
    line: int = Field(ge=1, description="1-based line.")
    col: int = Field(ge=0, description="0-based column, in characters.")
    message: str = Field(description="What is wrong and what to write instead.")


class CheckReport(BaseModel):
    """The checker's verdict: ``safe`` is true exactly when there are no findings."""

    safe: bool
    findings: list[CheckFinding] = Field(default_factory=list)

    @classmethod
    def of(cls, report: Report) -> CheckReport:
        return cls.model_validate(report.to_dict())


class RetireResult(BaseModel):
    name: str
    status: str
    active_version: int | None
    message: str
    evicted: list[str] = Field(default_factory=list)


def _size_guard(source: str) -> None:
    size = len(source.encode("utf-8", "surrogatepass"))
    if size > MAX_SOURCE_BYTES:
        raise TooLarge(f"source is {size} bytes; the limit is {MAX_SOURCE_BYTES}", argument="source")


def register_tool_tools(mcp: MCPServer, app: Genesis, registry: ToolRegistry, announcer: Announcer) -> None:
    async def go_live(result: CreateResult) -> CreateResult:
        t = time.perf_counter()
        changed = await registry.sync(announce=False)
        result.steps.append(
            Step(step="register", ok=True, ms=elapsed_ms(t), detail="changed" if changed else "unchanged")
        )
        if changed:
            t = time.perf_counter()
            await announcer.tools_changed()
            result.steps.append(
                Step(step="announce", ok=True, ms=elapsed_ms(t), detail="tools/list_changed, both eras")
            )
        return result

    @mcp.tool(description="Check Python source with the safety checker (AST allowlist). Never runs the code.")
    @tool_errors
    async def check_code(
        source: Annotated[str, Field(description="Python source, at most 200 KB.")],
        permissions: Annotated[list[str], Field(max_length=20, description="Extra policy grants to allow.")] = [],  # noqa: B006
    ) -> CheckReport:
        _size_guard(source)
        try:
            policy = app.policy.with_permissions(permissions)
        except ValueError as exc:
            raise InvalidInput(str(exc), argument="permissions") from exc
        return CheckReport.of(check(source, policy))

    @mcp.tool(
        description="Create a tool from Python source you wrote: it is checked, its tests run in the sandbox, "
        "it is stored as an immutable version and registered as a new MCP tool that every client is told about. "
        'Tests: [{"args": {...}, "expected": value}] or [{"args": {...}, "error": "ValueError"}].'
    )
    @tool_errors
    async def create_tool(
        name: Annotated[str, Field(pattern=NAME_PATTERN, description="lower_snake_case, 3-40 characters.")],
        description: Annotated[str, Field(min_length=1, max_length=2000)],
        source: Annotated[str, Field(description="Python source with one typed entry function.")],
        tests: Annotated[list[TestCase], Field(min_length=1, max_length=50)],
        entry: Annotated[str | None, Field(description="Entry function; default: named like the tool, or run.")] = None,
        permissions: Annotated[list[str], Field(max_length=20)] = [],  # noqa: B006
        timeout_s: Annotated[float, Field(gt=0, le=30)] = 2.0,
        new_version: Annotated[bool, Field(description="Publish a new version of an existing tool.")] = False,
    ) -> CreateResult:
        _size_guard(source)
        spec = ToolSpec(
            name=name,
            description=description,
            source=source,
            entry=entry,
            tests=tests,
            permissions=permissions,
            timeout_s=timeout_s,
            provenance=Provenance(author="client"),
        )
        return await go_live(await app.toolsmith.create(spec, new_version=new_version))

    @mcp.tool(
        description="Have the server write a tool for a task (a model when ANTHROPIC_API_KEY is set, otherwise a "
        "template), then check, test, store and register it like create_tool. An existing tool that already "
        "matches the task is offered instead, unless force is true."
    )
    @tool_errors
    async def generate_tool(
        task_description: Annotated[str, Field(min_length=3, max_length=4000)],
        name: Annotated[str | None, Field(pattern=NAME_PATTERN)] = None,
        force: Annotated[bool, Field(description="Generate even if a similar tool exists.")] = False,
        new_version: bool = False,
    ) -> GenerateResult:
        result = await generate(
            app.toolsmith, Generator(app.llm), task_description, name, force=force, new_version=new_version
        )
        if result.created is not None:
            await go_live(result.created)
        return result

    @mcp.tool(
        description="Call a generated tool by name (for hosts that do not refresh their tool list). "
        "The arguments are validated against the tool's schema; the code runs in the sandbox."
    )
    @tool_errors
    async def call_generated_tool(
        name: Annotated[str, Field(pattern=NAME_PATTERN)],
        arguments: Annotated[dict[str, Any], Field(description="The tool's arguments.")] = {},  # noqa: B006
    ) -> CallToolResult:
        return await registry.call(name, arguments)

    @mcp.tool(description="Retire a generated tool, or with `version` make that version the active one (roll back).")
    @tool_errors
    async def retire_tool(
        name: Annotated[str, Field(pattern=NAME_PATTERN)],
        version: Annotated[int | None, Field(ge=1, description="Activate this version instead of retiring.")] = None,
    ) -> RetireResult:
        if await app.tools.record(name) is None:
            raise NotFound(f"no generated tool named '{name}'", argument="name")
        if version is None:
            record = await app.tools.retire(name, reason="retired by a client")
            message = f"{name} is retired; no version is active"
            evicted: list[str] = []
        else:
            record, evicted = await app.tools.activate(name, version, max_active=app.settings.max_active_tools)
            message = f"{name} version {version} is active"
        await registry.sync()
        return RetireResult(
            name=name, status=record.status, active_version=record.active_version, message=message, evicted=evicted
        )

    @mcp.resource("genesis://tools", name="tools", mime_type="application/json", description="Every generated tool.")
    async def tools_resource() -> str:
        records = await app.tools.records()
        active = {v.name: v for v in await app.tools.active()}
        return json.dumps(
            [
                {
                    **r.model_dump(),
                    "description": active[r.name].description if r.name in active else None,
                }
                for r in records
            ],
            indent=2,
        )

    @mcp.resource(
        "genesis://tools/{name}",
        name="tool",
        mime_type="application/json",
        description="One generated tool: source, versions, provenance, call counts, recent audit rows.",
    )
    async def tool_resource(name: str) -> str:
        record = await app.tools.record(name)
        if record is None:
            raise NotFound(f"no generated tool named '{name}'", argument="name")
        versions = await app.tools.versions(name)
        audit = await app.tools.audit_rows(name, limit=20)
        return json.dumps(
            {
                **record.model_dump(),
                "versions": [v.model_dump() for v in versions],
                "audit": [a.model_dump() for a in audit],
            },
            indent=2,
        )
