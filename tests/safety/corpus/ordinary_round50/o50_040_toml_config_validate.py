# family: ordinary, blind round 50 (TOML config validation)
import tomllib
from typing import Any

CONFIG = """
[server]
host = "0.0.0.0"
port = 80800
workers = 4

[database]
url = "postgresql://db.internal:5432/app"
pool_size = "10"

[logging]
level = "verbose"
"""

SCHEMA: dict[str, dict[str, tuple[type, bool, Any]]] = {
    # section -> key -> (type, required, extra check)
    "server": {"host": (str, True, None), "port": (int, True, range(1, 65536)), "workers": (int, False, range(1, 65))},
    "database": {"url": (str, True, None), "pool_size": (int, False, range(1, 101))},
    "logging": {"level": (str, False, {"debug", "info", "warning", "error"})},
}


def validate(config: dict[str, Any], schema=SCHEMA) -> list[str]:
    errors: list[str] = []
    for section, fields in schema.items():
        data = config.get(section)
        if not isinstance(data, dict):
            errors.append(f"[{section}] missing section")
            continue
        for key, (typ, required, allowed) in fields.items():
            if key not in data:
                if required:
                    errors.append(f"{section}.{key}: required")
                continue
            value = data[key]
            if not isinstance(value, typ) or (typ is int and isinstance(value, bool)):
                errors.append(f"{section}.{key}: expected {typ.__name__}, got {type(value).__name__}")
            elif allowed is not None and value not in allowed:
                errors.append(f"{section}.{key}: {value!r} not allowed")
        for key in data.keys() - fields.keys():
            errors.append(f"{section}.{key}: unknown key")
    return errors


if __name__ == "__main__":
    try:
        cfg = tomllib.loads(CONFIG)
    except tomllib.TOMLDecodeError as exc:
        raise SystemExit(f"invalid TOML: {exc}")
    problems = validate(cfg)
    print(f"{len(problems)} problem(s):" if problems else "config OK")
    for p in problems:
        print("  -", p)
    fixed = tomllib.loads(CONFIG.replace("80800", "8080").replace('"10"', "10").replace("verbose", "info"))
    print("after fixes:", validate(fixed) or "config OK")
