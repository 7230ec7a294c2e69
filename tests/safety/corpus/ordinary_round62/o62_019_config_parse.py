# family: ordinary, blind round 62 (config loading from TOML string with defaults)
import tomllib
import json
import copy

DEFAULTS = {
    "server": {"host": "127.0.0.1", "port": 8000, "debug": False},
    "db": {"url": "sqlite:///:memory:", "pool": 5},
    "features": [],
}
CONFIG_TEXT = """
features = ["beta"]

[server]
port = 9090
debug = true

[db]
pool = 20
"""


def deep_merge(base, override):
    out = copy.deepcopy(base)
    for k, v in override.items():
        if hasattr(v, "items") and isinstance(out.get(k), dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = v
    return out


def validate(cfg):
    errors = []
    port = cfg["server"]["port"]
    if not isinstance(port, int) or not (1 <= port <= 65535):
        errors.append("server.port invalid: %r" % (port,))
    if cfg["db"]["pool"] > 10 and not cfg["server"]["debug"]:
        errors.append("db.pool too large for production")
    return errors


if __name__ == "__main__":
    try:
        user = tomllib.loads(CONFIG_TEXT)
    except tomllib.TOMLDecodeError as e:
        raise SystemExit(f"bad config: {e}")
    else:
        cfg = deep_merge(DEFAULTS, user)
    print(json.dumps(cfg, indent=2, sort_keys=True))
    print("errors:", validate(cfg) or "none")
    print("defaults untouched:", DEFAULTS["server"]["port"] == 8000)
    bad = deep_merge(cfg, {"server": {"port": 70000, "debug": False}})
    print("errors:", validate(bad))
