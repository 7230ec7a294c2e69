"""Parse and validate a TOML configuration string against a schema."""
import tomllib
from dataclasses import dataclass, field
from typing import Any

SCHEMA = {
    "server.host": (str, "127.0.0.1"),
    "server.port": (int, 8080),
    "server.debug": (bool, False),
    "database.url": (str, None),
    "database.pool_size": (int, 5),
}


@dataclass
class ConfigResult:
    values: dict[str, Any] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def _lookup(tree: dict, dotted: str):
    node = tree
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            return KeyError
        node = node[part]
    return node


def load_config(text: str, schema: dict = SCHEMA) -> ConfigResult:
    result = ConfigResult()
    try:
        tree = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        result.errors.append(f"syntax error: {exc}")
        return result
    for key, (expected, default) in schema.items():
        value = _lookup(tree, key)
        if value is KeyError:
            if default is None:
                result.errors.append(f"{key} is required")
            result.values[key] = default
        elif not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            result.errors.append(f"{key} should be {expected.__name__}, got {type(value).__name__}")
        else:
            result.values[key] = value
    return result


if __name__ == "__main__":
    good = '[server]\nport = 9000\ndebug = true\n[database]\nurl = "postgres://db/app"\n'
    bad = '[server]\nport = "eighty"\n'
    for text in (good, bad, "[server\n"):
        r = load_config(text)
        print(r.ok, r.values if r.ok else r.errors)
