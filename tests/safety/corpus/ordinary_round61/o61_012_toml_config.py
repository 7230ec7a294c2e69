# family: ordinary, blind round 61 (TOML config loader with defaults)
import tomllib
from copy import deepcopy
from typing import Any

DEFAULTS: dict[str, Any] = {
    "app": {"name": "service", "debug": False, "workers": 2},
    "logging": {"level": "INFO", "format": "%(message)s"},
}
VALID_LEVELS = {"DEBUG", "INFO", "WARNING", "ERROR"}


class ConfigError(Exception):
    pass


def _deep_merge(base: dict, override: dict) -> dict:
    merged = deepcopy(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def load_toml_config(toml_text: str) -> dict:
    """Parse TOML text, merge it over defaults, and validate key settings."""
    try:
        user = tomllib.loads(toml_text)
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"Invalid TOML: {err}") from err
    config = _deep_merge(DEFAULTS, user)
    level = str(config["logging"]["level"]).upper()
    if level not in VALID_LEVELS:
        raise ConfigError(f"logging.level must be one of {sorted(VALID_LEVELS)}")
    workers = config["app"]["workers"]
    if not isinstance(workers, int) or workers < 1:
        raise ConfigError("app.workers must be a positive integer")
    config["logging"]["level"] = level
    overridden = sorted(f"{s}.{k}" for s, sect in user.items() if isinstance(sect, dict) for k in sect)
    return {"config": config, "overridden_keys": overridden}


if __name__ == "__main__":
    doc = """
    [app]
    name = "billing"
    workers = 8

    [logging]
    level = "debug"

    [features]
    flags = ["beta", "dark-mode"]
    """
    print(load_toml_config(doc))
    try:
        load_toml_config("[app]\nworkers = 0")
    except ConfigError as exc:
        print("error:", exc)
