# ordinary: deep-merge layered configuration dictionaries with type checks
import copy
import json

DEFAULTS = {
    "server": {"host": "127.0.0.1", "port": 8080, "workers": 2},
    "logging": {"level": "INFO", "handlers": ["console"]},
    "features": {"beta": False},
}


class ConfigError(ValueError):
    pass


def deep_merge(base, override, path=""):
    """Return a new dict: `override` merged into `base`; nested dicts merge, everything else replaces."""
    result = copy.deepcopy(base)
    for key, value in override.items():
        where = f"{path}.{key}" if path else key
        if key in result and isinstance(result[key], dict):
            if not isinstance(value, dict):
                raise ConfigError(f"{where}: expected a mapping, got {type(value).__name__}")
            result[key] = deep_merge(result[key], value, where)
        elif key in result and result[key] is not None and not isinstance(value, type(result[key])):
            if isinstance(result[key], float) and isinstance(value, int):
                result[key] = float(value)
                continue
            raise ConfigError(f"{where}: expected {type(result[key]).__name__}, got {type(value).__name__}")
        else:
            result[key] = copy.deepcopy(value)
    return result


def merge_all(*layers):
    merged = {}
    for layer in layers:
        merged = deep_merge(merged, layer)
    return merged


def get_path(config, dotted, default=None):
    node = config
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            return default
        node = node[part]
    return node


if __name__ == "__main__":
    user = json.loads('{"server": {"port": 9000}, "logging": {"handlers": ["console", "syslog"]}}')
    env = {"features": {"beta": True, "new_ui": True}}
    config = merge_all(DEFAULTS, user, env)
    print(json.dumps(config, indent=2, sort_keys=True))
    print(get_path(config, "server.port"), get_path(config, "server.tls", "off"))
    try:
        deep_merge(DEFAULTS, {"server": {"port": "eighty"}})
    except ConfigError as exc:
        print("config error:", exc)
