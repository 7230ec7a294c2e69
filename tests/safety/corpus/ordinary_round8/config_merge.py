"""Layer configuration sources: defaults, TOML text, then overrides."""
import copy
import tomllib
from typing import Any

DEFAULTS: dict[str, Any] = {
    "server": {"host": "127.0.0.1", "port": 8000, "workers": 2},
    "logging": {"level": "INFO", "format": "%(levelname)s %(message)s"},
    "features": {"beta": False},
}


def deep_merge(base: dict, override: dict) -> dict:
    result = copy.deepcopy(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = deep_merge(result[key], value)
        else:
            result[key] = copy.deepcopy(value)
    return result


def parse_overrides(pairs: list[str]) -> dict:
    """Turn ["server.port=9000", "features.beta=true"] into a nested dict."""
    out: dict = {}
    for pair in pairs:
        dotted, _, raw = pair.partition("=")
        value: Any = raw
        if raw.lower() in ("true", "false"):
            value = raw.lower() == "true"
        elif raw.lstrip("-").isdigit():
            value = int(raw)
        node = out
        *parents, leaf = dotted.strip().split(".")
        for p in parents:
            node = node.setdefault(p, {})
        node[leaf] = value
    return out


def diff_keys(a: dict, b: dict, prefix: str = "") -> list[str]:
    changed = []
    for key in sorted(set(a) | set(b)):
        path = f"{prefix}{key}"
        if isinstance(a.get(key), dict) and isinstance(b.get(key), dict):
            changed += diff_keys(a[key], b[key], path + ".")
        elif a.get(key) != b.get(key):
            changed.append(path)
    return changed


def load_config(toml_text: str = "", overrides: list[str] | None = None) -> dict:
    try:
        file_cfg = tomllib.loads(toml_text) if toml_text.strip() else {}
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"bad TOML: {exc}") from exc
    merged = deep_merge(deep_merge(DEFAULTS, file_cfg), parse_overrides(overrides or []))
    return {"config": merged, "changed_from_defaults": diff_keys(DEFAULTS, merged)}


if __name__ == "__main__":
    toml_text = '[server]\nport = 8080\n\n[logging]\nlevel = "DEBUG"\n\n[database]\nurl = "sqlite:///app.db"\n'
    print(load_config(toml_text, ["server.workers=4", "features.beta=true"]))
