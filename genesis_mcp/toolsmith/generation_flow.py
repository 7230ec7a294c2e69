"""generate_tool: reuse a matching tool, or draft one (model or template) and put it through the pipeline.

With a model, a draft the checker or the tests refuse is sent back once with their findings.
"""

from __future__ import annotations

import time

from pydantic import BaseModel, Field

from genesis_mcp.errors import GenerationFailed, GenesisError, InvalidInput, TestsFailed, UnsafeCode
from genesis_mcp.toolsmith.generate import Generator
from genesis_mcp.toolsmith.pipeline import CreateResult, Step, Toolsmith, elapsed_ms
from genesis_mcp.toolsmith.similarity import find_similar

__all__ = ["GenerateResult", "SimilarTool", "generate"]

# Refusals a model can fix by rewriting its draft.
_FIXABLE = (UnsafeCode, TestsFailed, InvalidInput)


class SimilarTool(BaseModel):
    name: str
    description: str
    similarity: float


class GenerateResult(BaseModel):
    reused: SimilarTool | None = Field(
        default=None, description="An existing tool that matches the task; nothing was generated."
    )
    created: CreateResult | None = Field(default=None, description="The new tool, when one was made.")
    author: str | None = Field(default=None, description="'template:<id>' or 'model:<name>'.")
    attempts: int = 0
    steps: list[Step] = Field(default_factory=list, description="Drafting steps (the pipeline's are in created).")
    message: str


async def generate(
    smith: Toolsmith,
    generator: Generator,
    task: str,
    name: str | None,
    *,
    force: bool = False,
    new_version: bool = False,
) -> GenerateResult:
    """Raises GenerationFailed when no draft can be made, or the pipeline's errors for the last draft."""
    steps: list[Step] = []
    if not force:
        t = time.perf_counter()
        active = await smith.repo.active()
        matches = find_similar(task, [(v.name, v.description) for v in active])
        steps.append(Step(step="search", ok=True, ms=elapsed_ms(t), detail=f"{len(matches)} similar of {len(active)}"))
        if matches:
            best = matches[0]
            description = next(v.description for v in active if v.name == best.name)
            return GenerateResult(
                reused=SimilarTool(name=best.name, description=description, similarity=round(best.score, 3)),
                steps=steps,
                message=f"'{best.name}' already does this (similarity {best.score:.2f}); call it, "
                "or pass force=true to generate a new tool",
            )

    feedback: str | None = None
    previous = None
    attempts = 2 if generator.llm is not None else 1
    last_error: GenesisError | None = None
    for attempt in range(1, attempts + 1):
        t = time.perf_counter()
        try:
            spec = await generator.draft(task, name, feedback=feedback, previous=previous)
        except GenerationFailed as err:
            steps.append(Step(step="draft", ok=False, ms=elapsed_ms(t), detail=err.message[:300]))
            fixable = isinstance(err.details, dict) and err.details.get("feedback")
            if fixable and attempt < attempts:  # the model answered, but not with a usable tool: tell it why
                last_error, feedback, previous = err, str(err.details["feedback"]), None
                continue
            await smith.repo.audit("reject", name, False, {"code": err.code, "message": err.message[:2000]})
            raise
        steps.append(
            Step(step="draft", ok=True, ms=elapsed_ms(t), detail=f"{spec.provenance.author}, attempt {attempt}")
        )
        try:
            created = await smith.create(spec, new_version=new_version)
        except _FIXABLE as err:
            last_error = err
            feedback, previous = f"[{err.code}] {err.message}", spec
            continue
        return GenerateResult(
            created=created,
            author=spec.provenance.author,
            attempts=attempt,
            steps=steps,
            message=f"created {created.tool.name} version {created.tool.version} ({spec.provenance.author})",
        )
    assert last_error is not None
    raise last_error
