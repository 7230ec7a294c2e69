"""Settings: ``GENESIS_MCP_*`` environment variables, overridden by command-line flags.

Every setting is a field of :class:`Settings`; its environment variable is ``GENESIS_MCP_`` + the field
name in upper case. The README's settings table is checked against :data:`ENV_VARS` by a test.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from genesis_mcp.errors import InvalidInput

__all__ = ["ENV_PREFIX", "ENV_VARS", "Settings", "default_db_path"]

ENV_PREFIX = "GENESIS_MCP_"


def default_db_path() -> Path:
    """Where state lives unless ``GENESIS_MCP_DB`` says otherwise: the user's data directory."""
    if sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    elif sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "genesis-mcp" / "genesis.db"


class Settings(BaseModel):
    """Everything the server can be told. Field descriptions are what the README's table says."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    db: Path = Field(default_factory=default_db_path, description="SQLite file holding all state.")
    host: str = Field(
        default="127.0.0.1",
        description="HTTP bind address. Anything but loopback requires GENESIS_MCP_TOKEN.",
    )
    port: int = Field(default=8765, ge=0, le=65535, description="HTTP port.")
    token: str | None = Field(
        default=None,
        min_length=16,
        description="Bearer token every HTTP request must carry (required off loopback; at least 16 characters).",
    )
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field(
        default="INFO", description="Level of the log lines written to stderr."
    )
    watch_interval: float = Field(
        default=1.0,
        gt=0,
        le=60,
        description="Seconds between checks for changes made by other server processes on the same database.",
    )

    max_active_tools: int = Field(
        default=20,
        ge=1,
        le=1000,
        description="Most generated tools active at once; the least recently used is retired first.",
    )
    sandbox_workers: int = Field(
        default_factory=lambda: max(1, min(os.cpu_count() or 2, 8)),
        ge=1,
        le=64,
        description="Sandbox worker processes (default: the number of CPUs, at most 8).",
    )
    sandbox_bwrap: Literal["auto", "require", "off"] = Field(
        default="auto",
        description="Run sandbox workers inside bubblewrap: auto (when it works), require, or off.",
    )
    rules: Path | None = Field(
        default=None,
        description="Routing rules file (TOML or JSON, see examples/rules.toml); re-read when it changes.",
    )
    prices: Path | None = Field(
        default=None,
        description="Model price table (TOML or JSON) for cost estimates; default: built-in cheap/standard/strong.",
    )
    anthropic_model: str = Field(
        default="claude-sonnet-5",
        min_length=1,
        max_length=200,
        description="Model for server-side generation, used only when ANTHROPIC_API_KEY is set.",
    )

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper(cls, v: Any) -> Any:
        return v.upper() if isinstance(v, str) else v

    @field_validator("token", mode="before")
    @classmethod
    def _blank_is_none(cls, v: Any) -> Any:
        return None if isinstance(v, str) and not v.strip() else v

    @classmethod
    def load(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Read the environment, then apply ``overrides`` (flags; ``None`` means "not given").

        Raises :class:`InvalidInput` naming the variable when a value is wrong.
        """
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for name in cls.model_fields:
            raw = env.get(ENV_PREFIX + name.upper())
            if raw is not None and raw != "":
                values[name] = raw
        values.update({k: v for k, v in overrides.items() if v is not None})
        try:
            settings = cls(**values)
        except ValidationError as exc:
            first = exc.errors()[0]
            field = str(first["loc"][0]) if first["loc"] else "?"
            source = "flag --" + field.replace("_", "-") if field in overrides else ENV_PREFIX + field.upper()
            raise InvalidInput(f"{source}: {first['msg']}", argument=field) from exc
        return settings.model_copy(
            update={
                "db": settings.db.expanduser(),
                "rules": settings.rules.expanduser() if settings.rules else None,
                "prices": settings.prices.expanduser() if settings.prices else None,
            }
        )

    @property
    def is_loopback(self) -> bool:
        return self.host in {"127.0.0.1", "localhost", "::1"} or self.host.startswith("127.")


ENV_VARS: dict[str, str] = {
    ENV_PREFIX + name.upper(): field.description or "" for name, field in Settings.model_fields.items()
}
