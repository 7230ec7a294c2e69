# ordinary: parse a TOML configuration string with tomllib and validate required sections
import tomllib
from typing import Any

CONFIG = """
title = "Inventory service"

[server]
host = "0.0.0.0"
port = 8080
allowed_origins = ["https://example.com", "https://admin.example.com"]

[database]
url = "postgresql://db/inventory"
pool_size = 10

[features]
beta_reports = true
"""

REQUIRED = {"server": {"host": str, "port": int}, "database": {"url": str}}


def load(text: str) -> dict[str, Any]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"invalid TOML: {exc}") from exc
    errors = []
    for section, keys in REQUIRED.items():
        table = data.get(section)
        if not isinstance(table, dict):
            errors.append(f"missing [{section}] section")
            continue
        for key, kind in keys.items():
            if not isinstance(table.get(key), kind):
                errors.append(f"[{section}].{key} must be {kind.__name__}")
    if errors:
        raise ValueError("; ".join(errors))
    return data


def flatten(data: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in data.items():
        name = f"{prefix}.{key}" if prefix else key
        if isinstance(value, dict):
            flat.update(flatten(value, name))
        else:
            flat[name] = value
    return flat


if __name__ == "__main__":
    cfg = load(CONFIG)
    for k, v in flatten(cfg).items():
        print(f"{k:<24} = {v!r}")
    try:
        load("[server]\nhost = 1\n")
    except ValueError as e:
        print("error:", e)
