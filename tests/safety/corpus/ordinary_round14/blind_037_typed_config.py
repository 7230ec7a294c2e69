"""Load and validate a TOML configuration into typed structures."""
import tomllib
from dataclasses import dataclass, field
from typing import TypedDict, Literal


class DatabaseSection(TypedDict, total=False):
    host: str
    port: int
    name: str


LogLevel = Literal["debug", "info", "warning", "error"]


@dataclass
class ServerConfig:
    host: str = "127.0.0.1"
    port: int = 8000
    workers: int = 1
    log_level: LogLevel = "info"
    allowed_origins: list[str] = field(default_factory=list)
    database: DatabaseSection = field(default_factory=dict)

    def __post_init__(self):
        if not 0 < self.port < 65536:
            raise ValueError(f"port {self.port} out of range")
        if self.workers < 1:
            raise ValueError("workers must be >= 1")
        if self.log_level not in ("debug", "info", "warning", "error"):
            raise ValueError(f"invalid log level {self.log_level!r}")


class ConfigError(Exception):
    pass


KNOWN_KEYS = {"host", "port", "workers", "log_level", "allowed_origins", "database"}


def load_config(toml_text: str, section: str = "server") -> ServerConfig:
    try:
        data = tomllib.loads(toml_text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"invalid TOML: {exc}") from exc
    raw = data.get(section, {})
    unknown = set(raw) - KNOWN_KEYS
    if unknown:
        raise ConfigError(f"unknown keys in [{section}]: {sorted(unknown)}")
    try:
        return ServerConfig(**raw)
    except (TypeError, ValueError) as exc:
        raise ConfigError(str(exc)) from exc


def config_summary(toml_text: str) -> dict:
    try:
        cfg = load_config(toml_text)
    except ConfigError as exc:
        return {"ok": False, "error": str(exc)}
    return {"ok": True, "bind": f"{cfg.host}:{cfg.port}", "workers": cfg.workers,
            "db": cfg.database.get("name", "<none>"), "origins": len(cfg.allowed_origins)}


if __name__ == "__main__":
    print(config_summary("""
[server]
host = "0.0.0.0"
port = 9000
workers = 4
allowed_origins = ["https://a.io", "https://b.io"]
[server.database]
host = "db"
name = "prod"
"""))
    print(config_summary("[server]\nport = 70000"))
    print(config_summary("[server]\ncolour = 'red'"))
    print(config_summary("[server\n"))
