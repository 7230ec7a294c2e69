"""Load an application config from TOML text, merged over defaults."""
import copy
import tomllib
from typing import Any

DEFAULTS: dict[str, Any] = {
    "server": {"host": "127.0.0.1", "port": 8000, "debug": False},
    "database": {"url": "sqlite:///app.db", "pool_size": 5},
    "logging": {"level": "INFO"},
}


class ConfigError(ValueError):
    """Raised for malformed or invalid configuration."""


def deep_merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    """Recursively merge ``override`` into a copy of ``base``."""
    result = copy.deepcopy(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = deep_merge(result[key], value)
        else:
            result[key] = value
    return result


def load_config(toml_text: str) -> dict[str, Any]:
    """Parse TOML text and merge it over DEFAULTS, then validate."""
    try:
        user = tomllib.loads(toml_text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"invalid TOML: {exc}") from exc
    config = deep_merge(DEFAULTS, user)
    port = config["server"]["port"]
    if not isinstance(port, int) or not 1 <= port <= 65535:
        raise ConfigError(f"server.port out of range: {port!r}")
    if config["logging"]["level"] not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
        raise ConfigError(f"bad logging level: {config['logging']['level']}")
    return config


if __name__ == "__main__":
    text = """
[server]
port = 9090
debug = true

[database]
pool_size = 20
"""
    cfg = load_config(text)
    print(cfg["server"], cfg["database"])
    try:
        load_config("[server]\nport = 70000\n")
    except ConfigError as err:
        print("error:", err)
