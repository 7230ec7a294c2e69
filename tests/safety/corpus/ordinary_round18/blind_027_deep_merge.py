"""Deep-merge configuration dictionaries with list strategies and change tracking."""
from __future__ import annotations

import copy
from enum import Enum
from typing import Any


class ListStrategy(str, Enum):
    REPLACE = "replace"
    APPEND = "append"
    UNIQUE = "unique"


def deep_merge(base: dict[str, Any], override: dict[str, Any],
               lists: ListStrategy | str = ListStrategy.REPLACE) -> dict[str, Any]:
    """Return a new dict; neither input is mutated."""
    strategy = ListStrategy(lists)
    result = copy.deepcopy(base)
    for key, value in override.items():
        current = result.get(key)
        if isinstance(current, dict) and isinstance(value, dict):
            result[key] = deep_merge(current, value, strategy)
        elif isinstance(current, list) and isinstance(value, list) and strategy is not ListStrategy.REPLACE:
            merged = current + copy.deepcopy(value)
            if strategy is ListStrategy.UNIQUE:
                merged = [v for i, v in enumerate(merged) if v not in merged[:i]]
            result[key] = merged
        elif value is None and key in result:
            del result[key]  # explicit None removes a key
        else:
            result[key] = copy.deepcopy(value)
    return result


def changed_paths(before: Any, after: Any, path: str = "") -> list[str]:
    if isinstance(before, dict) and isinstance(after, dict):
        paths = []
        for key in sorted(set(before) | set(after)):
            sub = f"{path}.{key}" if path else key
            if key not in before:
                paths.append(f"+ {sub}")
            elif key not in after:
                paths.append(f"- {sub}")
            else:
                paths.extend(changed_paths(before[key], after[key], sub))
        return paths
    return [] if before == after else [f"~ {path}"]


if __name__ == "__main__":
    defaults = {"server": {"port": 80, "hosts": ["a"], "tls": {"enabled": False}}, "debug": False, "legacy": 1}
    local = {"server": {"port": 8443, "hosts": ["b", "a"], "tls": {"enabled": True, "cert": "x.pem"}},
             "legacy": None}
    merged = deep_merge(defaults, local, "unique")
    print(merged)
    print(changed_paths(defaults, merged))
    print(defaults["server"]["hosts"], deep_merge(defaults, local)["server"]["hosts"])
