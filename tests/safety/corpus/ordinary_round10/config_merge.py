"""Deep-merge layered configuration dictionaries (defaults < file < overrides)."""

import copy
import tomllib
from collections.abc import Mapping
from typing import Any


def deep_merge(base: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    result = copy.deepcopy(dict(base))
    for key, value in override.items():
        if isinstance(value, Mapping) and isinstance(result.get(key), Mapping):
            result[key] = deep_merge(result[key], value)
        else:
            result[key] = copy.deepcopy(value)
    return result


def parse_overrides(pairs: list[str]) -> dict[str, Any]:
    """Turn ['db.port=5433', 'debug=true'] into nested dicts."""
    out: dict[str, Any] = {}
    for pair in pairs:
        key, _, raw = pair.partition("=")
        try:
            value: Any = tomllib.loads(f"v = {raw}")["v"]
        except tomllib.TOMLDecodeError:
            value = raw
        node = out
        *parents, leaf = key.strip().split(".")
        for part in parents:
            node = node.setdefault(part, {})
        node[leaf] = value
    return out


def build_config(defaults: dict[str, Any], toml_text: str = "", overrides: list[str] | None = None) -> dict[str, Any]:
    layers = [defaults, tomllib.loads(toml_text) if toml_text else {}, parse_overrides(overrides or [])]
    merged: dict[str, Any] = {}
    for layer in layers:
        merged = deep_merge(merged, layer)
    return merged


if __name__ == "__main__":
    defaults = {"debug": False, "db": {"host": "localhost", "port": 5432}, "features": ["a"]}
    toml_text = '[db]\nhost = "db.internal"\n[cache]\nttl = 60\n'
    print(build_config(defaults, toml_text, ["db.port=5433", "debug=true", "name=svc"]))
