# family: ordinary, blind round 48 (json deep merge of configs)
import json
import copy

DEFAULTS = """
{
  "server": {"host": "127.0.0.1", "port": 8080, "tls": {"enabled": false}},
  "logging": {"level": "INFO", "handlers": ["console"]},
  "features": {"beta": false}
}
"""

OVERRIDES = """
{
  "server": {"port": 9443, "tls": {"enabled": true, "cert": "server.pem"}},
  "logging": {"handlers": ["console", "syslog"]},
  "features": {"beta": true, "experimental_ui": true}
}
"""


def deep_merge(base: dict, override: dict) -> dict:
    """Recursively merge override into a copy of base. Lists are replaced."""
    result = copy.deepcopy(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = deep_merge(result[key], value)
        else:
            result[key] = copy.deepcopy(value)
    return result


def flatten(d: dict, prefix: str = "") -> dict:
    out = {}
    for k, v in d.items():
        path = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict):
            out.update(flatten(v, path))
        else:
            out[path] = v
    return out


if __name__ == "__main__":
    merged = deep_merge(json.loads(DEFAULTS), json.loads(OVERRIDES))
    print(json.dumps(merged, indent=2, sort_keys=True))
    print()
    for path, value in flatten(merged).items():
        print(f"{path:28} = {value!r}")
