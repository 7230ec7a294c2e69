# family: ordinary, blind round 73 (dataclass-heavy typed tools)
"""Load a JSON config into nested typed dataclasses with defaults."""
from __future__ import annotations

import json
from dataclasses import dataclass, field, asdict, replace
from typing import Literal, Optional

LogLevel = Literal["debug", "info", "warning", "error"]


class ConfigError(Exception):
    pass


@dataclass
class DatabaseConfig:
    host: str = "localhost"
    port: int = 5432
    name: str = "app"
    password: Optional[str] = None

    def __post_init__(self) -> None:
        if not (0 < self.port < 65536):
            raise ConfigError(f"invalid port {self.port}")


@dataclass
class AppConfig:
    debug: bool = False
    log_level: LogLevel = "info"
    database: DatabaseConfig = field(default_factory=DatabaseConfig)
    allowed_hosts: list[str] = field(default_factory=lambda: ["localhost"])

    def __post_init__(self) -> None:
        if self.log_level not in ("debug", "info", "warning", "error"):
            raise ConfigError(f"invalid log level {self.log_level}")

    @classmethod
    def from_dict(cls, data: dict) -> AppConfig:
        data = dict(data)
        db = DatabaseConfig(**data.pop("database", {}))
        unknown = set(data) - {"debug", "log_level", "allowed_hosts"}
        if unknown:
            raise ConfigError(f"unknown keys: {sorted(unknown)}")
        return cls(database=db, **data)

    @classmethod
    def from_json(cls, text: str) -> AppConfig:
        try:
            return cls.from_dict(json.loads(text))
        except json.JSONDecodeError as exc:
            raise ConfigError(f"bad json: {exc}") from exc

    def redacted(self) -> dict:
        safe = replace(self, database=replace(self.database, password="***" if self.database.password else None))
        return asdict(safe)


if __name__ == "__main__":
    raw = '{"debug": true, "log_level": "debug", "database": {"port": 6543, "password": "s3cret"}}'
    cfg = AppConfig.from_json(raw)
    print(cfg)
    print(json.dumps(cfg.redacted(), indent=2))
    for bad in ['{"log_level": "loud"}', '{"database": {"port": 0}}', '{"x": 1}', "{oops"]:
        try:
            AppConfig.from_json(bad)
        except ConfigError as e:
            print("config error:", e)
