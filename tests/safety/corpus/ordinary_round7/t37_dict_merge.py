# ordinary: deep-merge configuration dicts with conflict reporting
import copy
from collections import ChainMap
from typing import Any


class MergeConflict(Exception):
    def __init__(self, path: str, left: Any, right: Any) -> None:
        self.path, self.left, self.right = path, left, right
        super().__init__(f"conflict at {path}: {left!r} vs {right!r}")


def _merge(a: dict, b: dict, path: str, strategy: str, conflicts: list[str]) -> dict:
    out = copy.deepcopy(a)
    for key, bv in b.items():
        here = f"{path}.{key}" if path else key
        if key not in out:
            out[key] = copy.deepcopy(bv)
        elif isinstance(out[key], dict) and isinstance(bv, dict):
            out[key] = _merge(out[key], bv, here, strategy, conflicts)
        elif isinstance(out[key], list) and isinstance(bv, list) and strategy == "append":
            out[key] = out[key] + [x for x in bv if x not in out[key]]
        elif out[key] != bv:
            if strategy == "strict":
                raise MergeConflict(here, out[key], bv)
            conflicts.append(here)
            out[key] = copy.deepcopy(bv)
    return out


def merge_configs(configs: list[dict[str, Any]], strategy: str = "override") -> dict[str, Any]:
    """Merge configs left to right; strategy is override, append or strict."""
    result: dict[str, Any] = {}
    conflicts: list[str] = []
    try:
        for cfg in configs:
            result = _merge(result, cfg, "", strategy, conflicts)
    except MergeConflict as mc:
        return {"error": str(mc), "path": mc.path}
    shallow = dict(ChainMap(*reversed(configs)))
    return {"merged": result, "overridden": conflicts, "top_level_keys": sorted(shallow)}


if __name__ == "__main__":
    print(merge_configs([{"a": 1, "db": {"host": "x", "ports": [1]}}, {"db": {"host": "y", "ports": [2]}}], "append"))
