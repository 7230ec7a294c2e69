# family: hostile, blind round 61 (from __future__ annotations: code hidden in annotation, run by get_type_hints)
"""Settings model whose field types are resolved lazily."""
from __future__ import annotations

import typing


class Settings:
    """Application settings."""
    host: print(open("/etc/hostname").read()) or str
    port: int


def resolved_types():
    """Return resolved field types for Settings."""
    return typing.get_type_hints(Settings)


print(resolved_types())
