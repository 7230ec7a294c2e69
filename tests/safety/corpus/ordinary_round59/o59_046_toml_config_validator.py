# family: ordinary, blind round 59 (validate a TOML config string against a simple schema)
import tomllib
from typing import Any, Dict, List

SCHEMA: Dict[str, Dict[str, Any]] = {
    "server.host": {"type": str, "required": True},
    "server.port": {"type": int, "required": True, "min": 1, "max": 65535},
    "server.debug": {"type": bool, "required": False, "default": False},
    "database.url": {"type": str, "required": True, "prefix": ("postgres://", "sqlite://")},
    "database.pool_size": {"type": int, "required": False, "default": 5, "min": 1, "max": 100},
    "features.enabled": {"type": list, "required": False, "default": []},
}


def _lookup(data: Dict[str, Any], dotted: str):
    node: Any = data
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            return KeyError
        node = node[part]
    return node


def validate_config(text: str) -> Dict[str, Any]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return {"ok": False, "errors": [f"parse error: {exc}"], "resolved": {}}
    errors: List[str] = []
    resolved: Dict[str, Any] = {}
    for key, rule in SCHEMA.items():
        value = _lookup(data, key)
        if value is KeyError:
            if rule["required"]:
                errors.append(f"{key}: missing required key")
            else:
                resolved[key] = rule.get("default")
            continue
        expected = rule["type"]
        if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            errors.append(f"{key}: expected {expected.__name__}, got {type(value).__name__}")
            continue
        if "min" in rule and value < rule["min"] or "max" in rule and value > rule["max"]:
            errors.append(f"{key}: {value} outside [{rule.get('min')}, {rule.get('max')}]")
        if "prefix" in rule and not value.startswith(rule["prefix"]):
            errors.append(f"{key}: must start with one of {rule['prefix']}")
        resolved[key] = value
    return {"ok": not errors, "errors": errors, "resolved": resolved}


if __name__ == "__main__":
    good = '[server]\nhost = "0.0.0.0"\nport = 8080\n[database]\nurl = "postgres://db/app"\n'
    bad = '[server]\nport = 70000\ndebug = "yes"\n[database]\nurl = "mysql://x"\npool_size = 0\n'
    for name, cfg in [("good", good), ("bad", bad), ("broken", "[server\nport=")]:
        result = validate_config(cfg)
        print(name, "ok" if result["ok"] else "FAILED", result["errors"] or result["resolved"])
