"""The tool format: what a client (or the generator) submits, and what the store keeps of each version."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, JsonValue, field_validator, model_validator

from genesis_mcp.safety import MAX_SOURCE_BYTES

__all__ = [
    "MAX_SOURCE_BYTES",
    "MAX_TESTS",
    "NAME_PATTERN",
    "Provenance",
    "TestCase",
    "ToolSpec",
]

NAME_PATTERN = r"^[a-z][a-z0-9_]{2,39}$"
MAX_TESTS = 50

ToolName = Annotated[str, Field(pattern=NAME_PATTERN, description="lower_snake_case, 3-40 characters.")]
ExceptionName = Annotated[str, Field(pattern=r"^[A-Za-z_][A-Za-z0-9_]{0,79}$")]


class TestCase(BaseModel):
    """``{"args": {...}, "expected": <JSON>}`` or ``{"args": {...}, "error": "ValueError"}``."""

    __test__ = False  # not a pytest class
    model_config = ConfigDict(extra="forbid")

    args: dict[str, JsonValue] = Field(default_factory=dict, description="Keyword arguments of the entry function.")
    expected: JsonValue = Field(default=None, description="The JSON value the call must return.")
    error: ExceptionName | None = Field(default=None, description="The exception class name the call must raise.")

    @model_validator(mode="before")
    @classmethod
    def _one_outcome(cls, data: Any) -> Any:
        if isinstance(data, dict):
            has_expected, has_error = "expected" in data, data.get("error") is not None
            if has_expected == has_error:
                raise ValueError("a test case needs exactly one of 'expected' (a JSON value) or 'error' (a class name)")
        return data

    @property
    def expects_error(self) -> bool:
        return self.error is not None


class Provenance(BaseModel):
    """Who or what wrote a tool's source."""

    model_config = ConfigDict(extra="forbid")

    author: str = Field(
        default="client", max_length=200, description="'client', 'template:<id>' or 'model:<model name>'."
    )
    model: str | None = Field(default=None, max_length=200, description="The model that wrote it, if one did.")
    prompt_digest: str | None = Field(
        default=None, max_length=128, description="sha256 of the prompt that produced it, if any."
    )
    created_at: datetime | None = None


class ToolSpec(BaseModel):
    """A tool to check, test, store and register."""

    model_config = ConfigDict(extra="forbid")

    name: ToolName
    description: str = Field(min_length=1, max_length=2000)
    source: str = Field(min_length=1, description="Python source with one typed entry function.")
    entry: str | None = Field(
        default=None,
        pattern=r"^[A-Za-z_][A-Za-z0-9_]{0,79}$",
        description="The entry function; default: the function named like the tool, else the only public one.",
    )
    tests: list[TestCase] = Field(min_length=1, max_length=MAX_TESTS)
    permissions: list[str] = Field(default_factory=list, max_length=20, description="Extra policy grants.")
    timeout_s: float = Field(default=2.0, gt=0, le=30, description="Wall-clock limit of one call.")
    provenance: Provenance = Field(default_factory=Provenance)

    @field_validator("source")
    @classmethod
    def _size(cls, v: str) -> str:
        size = len(v.encode("utf-8", "surrogatepass"))
        if size > MAX_SOURCE_BYTES:
            raise ValueError(f"source is {size} bytes; the limit is {MAX_SOURCE_BYTES}")
        return v

    @field_validator("description")
    @classmethod
    def _one_line_ish(cls, v: str) -> str:
        return re.sub(r"\s+", " ", v).strip()


ToolStatus = Literal["active", "retired"]
