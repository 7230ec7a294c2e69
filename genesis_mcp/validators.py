"""Small reusable field types shared by the public models."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, Field, StringConstraints

__all__ = ["AgentName", "Capabilities", "Capability", "NonEmptyText", "TaskType", "normalise_capability"]

_CAPABILITY = re.compile(r"^[a-z0-9][a-z0-9_.\-]{0,63}$")


def normalise_capability(value: str) -> str:
    """``"Web Scraping"`` -> ``"web_scraping"``: capabilities compare case- and spacing-insensitively."""
    out = re.sub(r"[\s\-]+", "_", value.strip().lower())
    if not _CAPABILITY.match(out):
        raise ValueError(f"capability {value[:80]!r} must be 1-64 characters of letters, digits, '_', '-' or '.'")
    return out


def _capability_list(values: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for v in values:
        seen[v] = None
    return list(seen)


AgentName = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=64, pattern=r"^[A-Za-z0-9][A-Za-z0-9_.\- ]*$"),
]
TaskType = Annotated[str, StringConstraints(strip_whitespace=True, to_lower=True, min_length=1, max_length=64)]
NonEmptyText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=4000)]
Capability = Annotated[str, AfterValidator(normalise_capability)]
Capabilities = Annotated[list[Capability], Field(max_length=64), AfterValidator(_capability_list)]
