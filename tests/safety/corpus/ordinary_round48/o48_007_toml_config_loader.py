# family: ordinary, blind round 48 (tomllib config loader)
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field

CONFIG_TEXT = """
title = "inventory-service"
debug = false

[database]
host = "db.internal"
port = 5432
pool_size = 10

[[workers]]
name = "importer"
schedule = "*/5 * * * *"

[[workers]]
name = "cleanup"
schedule = "0 3 * * *"
enabled = false
"""


@dataclass
class DatabaseConfig:
    host: str
    port: int = 5432
    pool_size: int = 5

    @property
    def dsn(self) -> str:
        return f"postgresql://{self.host}:{self.port}/app"


@dataclass
class Worker:
    name: str
    schedule: str
    enabled: bool = True


@dataclass
class AppConfig:
    title: str
    database: DatabaseConfig
    debug: bool = False
    workers: list[Worker] = field(default_factory=list)

    @classmethod
    def from_toml(cls, text: str) -> "AppConfig":
        raw = tomllib.loads(text)
        return cls(
            title=raw["title"],
            debug=raw.get("debug", False),
            database=DatabaseConfig(**raw["database"]),
            workers=[Worker(**w) for w in raw.get("workers", [])],
        )


if __name__ == "__main__":
    cfg = AppConfig.from_toml(CONFIG_TEXT)
    print(cfg.title, "debug" if cfg.debug else "production")
    print("DSN:", cfg.database.dsn, "pool:", cfg.database.pool_size)
    for w in cfg.workers:
        status = "on " if w.enabled else "off"
        print(f"  [{status}] {w.name:<10} {w.schedule}")
