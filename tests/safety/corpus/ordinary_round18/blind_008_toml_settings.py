"""Load application settings from TOML text into typed dataclasses."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields
from typing import Any


@dataclass
class DatabaseSettings:
    host: str = "localhost"
    port: int = 5432
    name: str = "app"

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "DatabaseSettings":
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise KeyError(f"unknown database keys: {sorted(unknown)}")
        return cls(**data)


@dataclass
class AppSettings:
    title: str
    debug: bool = False
    allowed_hosts: list[str] = field(default_factory=list)
    database: DatabaseSettings = field(default_factory=DatabaseSettings)

    @classmethod
    def from_toml(cls, text: str) -> "AppSettings":
        data = tomllib.loads(text)
        app = data.get("app", {})
        return cls(
            title=app["title"],
            debug=app.get("debug", False),
            allowed_hosts=list(app.get("allowed_hosts", [])),
            database=DatabaseSettings.from_dict(data.get("database", {})),
        )

    def validate(self) -> list[str]:
        problems = []
        if not 0 < self.database.port < 65536:
            problems.append(f"invalid port {self.database.port}")
        if not self.debug and not self.allowed_hosts:
            problems.append("allowed_hosts must be set when debug is off")
        return problems


CONFIG = """
[app]
title = "Inventory"
debug = false
allowed_hosts = ["inventory.example.com"]

[database]
host = "db.internal"
port = 6543
"""

if __name__ == "__main__":
    settings = AppSettings.from_toml(CONFIG)
    print(settings)
    print("problems:", settings.validate())
    print(AppSettings.from_toml('[app]\ntitle="x"').validate())
