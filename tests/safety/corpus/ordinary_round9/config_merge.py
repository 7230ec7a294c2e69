"""Deep-merge configuration dictionaries with override rules."""
import copy
import json
import tomllib
from typing import Any

JSON = dict[str, Any]


class MergeConflict(Exception):
    def __init__(self, path: str, left: Any, right: Any) -> None:
        Exception.__init__(self, f"conflict at {path}: {type(left).__name__} vs {type(right).__name__}")
        self.path = path


def deep_merge(base: JSON, override: JSON, path: str = "", strict: bool = False) -> JSON:
    result = copy.deepcopy(base)
    for key, value in override.items():
        where = f"{path}.{key}" if path else key
        current = result.get(key)
        match current, value:
            case dict(), dict():
                result[key] = deep_merge(current, value, where, strict)
            case list(), list():
                result[key] = current + [v for v in value if v not in current]
            case None, _:
                result[key] = copy.deepcopy(value)
            case _ if strict and type(current) is not type(value):
                raise MergeConflict(where, current, value)
            case _:
                result[key] = copy.deepcopy(value)
    return result


def merge_configs(base_toml: str, override_json: str, strict: bool = False) -> str:
    """Entry point: merge a TOML base with a JSON override; return pretty JSON."""
    base = tomllib.loads(base_toml)
    override = json.loads(override_json)
    if not isinstance(override, dict):
        raise ValueError("override must be a JSON object")
    try:
        merged = deep_merge(base, override, strict=strict)
    except MergeConflict as exc:
        return json.dumps({"error": str(exc), "path": exc.path})
    return json.dumps(merged, indent=2, sort_keys=True, default=str)
