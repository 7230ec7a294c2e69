"""One pipeline for every new tool: check -> test in the sandbox -> store an immutable version.

Registration as an MCP tool and the change notifications are the adapter's part (``server/registry.py``);
this module never imports mcp. A refused tool leaves only an audit row behind.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Iterable
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel, Field

from genesis_mcp.errors import Conflict, InvalidInput, Rejected, TestsFailed, ToolFailed, UnsafeCode
from genesis_mcp.safety import Policy, Report, check
from genesis_mcp.toolsmith.repository import ToolRepository, ToolVersion, content_hash
from genesis_mcp.toolsmith.signature import EntrySignature, read_signature
from genesis_mcp.toolsmith.spec import ToolSpec
from genesis_mcp.toolsmith.testrun import SandboxRunner, TestResult, describe_failure, elapsed_ms, run_tests

__all__ = ["CreateResult", "SandboxRunner", "Step", "Toolsmith", "elapsed_ms"]


class Step(BaseModel):
    step: str
    ok: bool
    ms: float
    detail: str = ""


class CreateResult(BaseModel):
    tool: ToolVersion
    created: bool = Field(description="False when an identical version already existed and was reused.")
    steps: list[Step]
    check_report: dict[str, Any]
    tests: list[TestResult]
    evicted: list[str] = Field(default_factory=list, description="Tools retired to stay within the cap.")


def _findings_text(report: Report, limit: int = 8) -> str:
    lines = [f"line {f.line}:{f.col} [{f.rule}] {f.message}" for f in report.findings[:limit]]
    if len(report.findings) > limit:
        lines.append(f"... and {len(report.findings) - limit} more")
    return "; ".join(lines)


class Toolsmith:
    def __init__(
        self,
        repo: ToolRepository,
        sandbox: Callable[[], Awaitable[SandboxRunner]],
        *,
        policy: Policy,
        reserved_names: Iterable[str],
        max_active: int,
    ) -> None:
        self.repo = repo
        self._sandbox = sandbox  # started lazily: a server that never makes a tool never starts workers
        self.policy = policy
        self.reserved = frozenset(reserved_names)
        self.max_active = max_active

    def _policy_for(self, permissions: list[str]) -> Policy:
        try:
            return self.policy.with_permissions(permissions)
        except ValueError as exc:
            raise InvalidInput(str(exc), argument="permissions") from exc

    def prepare(self, spec: ToolSpec) -> EntrySignature:
        """The entry signature, and test arguments that fit it; raises InvalidInput naming the problem."""
        signature = read_signature(spec.source, spec.name, spec.entry)
        names = {p.name for p in signature.params}
        for i, case in enumerate(spec.tests):
            unknown = set(case.args) - names
            missing = {p.name for p in signature.params if p.required} - set(case.args)
            if unknown or missing:
                problem = f"unknown arguments {sorted(unknown)}" if unknown else f"missing arguments {sorted(missing)}"
                raise InvalidInput(f"test {i}: {problem} for {signature.entry}()", argument=f"tests.{i}.args")
        return signature

    async def create(self, spec: ToolSpec, *, new_version: bool = False) -> CreateResult:
        """Check, test and store ``spec``. Raises UnsafeCode / TestsFailed / InvalidInput / Conflict.

        A name already in use needs ``new_version=True``; identical content reuses the stored version.
        """
        steps: list[Step] = []
        try:
            if spec.name in self.reserved:
                raise Conflict(f"'{spec.name}' is the name of a built-in tool; choose another", argument="name")
            existing = await self.repo.record(spec.name)
            if existing is not None and not new_version:
                raise Conflict(
                    f"a tool named '{spec.name}' exists ({existing.status}, version {existing.active_version}); "
                    "pass new_version=true to publish a new version, or choose another name",
                    argument="name",
                )
            policy = self._policy_for(spec.permissions)
            # The checker goes first: hostile code is reported as such, whatever else is wrong with it.
            t = time.perf_counter()
            report = check(spec.source, policy)
            steps.append(
                Step(step="check", ok=report.safe, ms=elapsed_ms(t), detail=f"{len(report.findings)} findings")
            )
            if not report.safe:
                raise UnsafeCode(
                    f"the safety check refused the source: {_findings_text(report)}",
                    argument="source",
                    details={"findings": report.to_dict()["findings"]},
                )
            t = time.perf_counter()
            signature = self.prepare(spec)
            steps.append(Step(step="validate", ok=True, ms=elapsed_ms(t), detail=f"entry {signature.entry}()"))

            t = time.perf_counter()
            results = await run_tests(await self._sandbox(), spec.source, signature.entry, spec.tests, spec.timeout_s)
            failed = [r for r in results if not r.passed]
            steps.append(
                Step(
                    step="tests",
                    ok=not failed,
                    ms=elapsed_ms(t),
                    detail=f"{len(results) - len(failed)}/{len(results)} passed",
                )
            )
            if failed:
                raise TestsFailed(
                    f"{len(failed)} of {len(results)} tests failed: "
                    + "; ".join(describe_failure(r) for r in failed[:5]),
                    argument="tests",
                    details={"tests": [r.model_dump(mode="json") for r in results]},
                )
        except (InvalidInput, Rejected) as err:
            await self.repo.audit("reject", spec.name, False, {"code": err.code, "message": err.message[:2000]})
            raise

        t = time.perf_counter()
        input_schema, output_schema = signature.input_schema(), signature.output_schema()
        digest = content_hash(
            source=spec.source,
            description=spec.description,
            input_schema=input_schema,
            output_schema=output_schema,
            entry=signature.entry,
        )
        same = await self.repo.find_hash(spec.name, digest)
        evicted: list[str] = []
        if same is not None and existing is not None and existing.active_version == same.version:
            stored, created = same, False
        elif same is not None:
            _, evicted = await self.repo.activate(spec.name, same.version, max_active=self.max_active)
            stored, created = same, False
        else:
            stored, evicted = await self.repo.publish(
                {
                    "name": spec.name,
                    "content_hash": digest,
                    "description": spec.description,
                    "source": spec.source,
                    "entry": signature.entry,
                    "input_schema": input_schema,
                    "output_schema": output_schema,
                    "tests": [c.model_dump(mode="json", exclude_unset=True) for c in spec.tests],
                    "permissions": spec.permissions,
                    "timeout_s": spec.timeout_s,
                    "provenance": {
                        **spec.provenance.model_dump(mode="json"),
                        "created_at": (spec.provenance.created_at or datetime.now(UTC)).isoformat(),
                    },
                    "check_report": report.to_dict(),
                    "test_results": [r.model_dump(mode="json") for r in results],
                },
                max_active=self.max_active,
            )
            created = True
        steps.append(Step(step="store", ok=True, ms=elapsed_ms(t), detail=f"version {stored.version}"))
        return CreateResult(
            tool=stored,
            created=created,
            steps=steps,
            check_report=report.to_dict(),
            tests=results,
            evicted=evicted,
        )

    async def recheck_active(self) -> list[tuple[str, str]]:
        """Re-check every active tool with the current policy; retire (with the reason) those that fail."""
        retired = []
        for version in await self.repo.active():
            try:
                read_signature(version.source, version.name, version.entry)
                report = check(version.source, self.policy.with_permissions(version.permissions))
                reason = None if report.safe else f"no longer passes the safety check: {_findings_text(report)}"
            except (InvalidInput, ValueError) as exc:
                reason = f"no longer loads: {exc}"
            if reason is None:
                continue
            try:
                await self.repo.retire(version.name, reason=reason, action="recheck")
            except Conflict:
                continue  # another process on the same database retired it first
            retired.append((version.name, reason))
        return retired

    async def call(self, version: ToolVersion, args: dict[str, Any]) -> Any:
        """Run the active version with ``args`` in the sandbox; audit it. Raises ToolFailed on any failure."""
        sandbox = await self._sandbox()
        res = await sandbox.run(version.source, version.entry, args, version.timeout_s)
        detail = {"ms": round(res.duration_ms, 3)}
        if not res.ok:
            detail["error_type"] = res.error_type
        await self.repo.record_call(version.name, version.version, res.ok, detail)
        if not res.ok:
            raise ToolFailed(
                f"{version.name} failed: {res.error or res.error_type}",
                details={"error_type": res.error_type},
            )
        return res.value
