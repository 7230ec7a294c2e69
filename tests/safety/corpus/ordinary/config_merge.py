import copy
from collections.abc import Mapping
from typing import Any


def deep_merge(base: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    """Merge ``override`` into a copy of ``base``; nested mappings merge, other values replace."""
    result = copy.deepcopy(dict(base))
    for key, value in override.items():
        current = result.get(key)
        if isinstance(current, Mapping) and isinstance(value, Mapping):
            result[key] = deep_merge(current, value)
        else:
            result[key] = copy.deepcopy(value)
    return result


def diff(old: Mapping[str, Any], new: Mapping[str, Any], prefix: str = "") -> list[str]:
    changes = []
    for key in sorted(set(old) | set(new)):
        path = f"{prefix}{key}"
        if key not in new:
            changes.append(f"- {path}")
        elif key not in old:
            changes.append(f"+ {path} = {new[key]!r}")
        elif isinstance(old[key], Mapping) and isinstance(new[key], Mapping):
            changes.extend(diff(old[key], new[key], path + "."))
        elif old[key] != new[key]:
            changes.append(f"~ {path}: {old[key]!r} -> {new[key]!r}")
    return changes


def get_path(config: Mapping[str, Any], dotted: str, default: Any = None) -> Any:
    node: Any = config
    for part in dotted.split("."):
        if not isinstance(node, Mapping) or part not in node:
            return default
        node = node[part]
    return node
