# family: ordinary, blind round 60 (layered config with ChainMap and tomllib)
import tomllib
from collections import ChainMap
from typing import Any

DEFAULTS = {"host": "localhost", "port": 8080, "debug": False, "workers": 2}

FILE_CONFIG = """
host = "0.0.0.0"
workers = 4

[logging]
level = "INFO"
"""


class ConfigError(KeyError):
    pass


class LayeredConfig:
    def __init__(self, *layers: dict[str, Any]):
        self._chain = ChainMap(*layers)

    @classmethod
    def from_toml(cls, toml_text: str, overrides: dict | None = None) -> "LayeredConfig":
        try:
            file_layer = tomllib.loads(toml_text)
        except tomllib.TOMLDecodeError as err:
            raise ConfigError(f"invalid TOML: {err}") from err
        return cls(overrides or {}, file_layer, DEFAULTS)

    def get(self, key: str, default: Any = None) -> Any:
        node: Any = self._chain
        for part in key.split("."):
            if not isinstance(node, (dict, ChainMap)) or part not in node:
                return default
            node = node[part]
        return node

    def require(self, key: str) -> Any:
        sentinel = object()
        value = self.get(key, sentinel)
        if value is sentinel:
            raise ConfigError(f"missing required key: {key}")
        return value

    def source_of(self, key: str) -> str:
        names = ["overrides", "file", "defaults"]
        for name, layer in zip(names, self._chain.maps):
            if key in layer:
                return name
        return "unset"

    def as_dict(self) -> dict:
        return dict(self._chain)


if __name__ == "__main__":
    cfg = LayeredConfig.from_toml(FILE_CONFIG, overrides={"debug": True})
    for key in ("host", "port", "debug", "workers"):
        print(f"{key:8} = {cfg.get(key)!r:12} ({cfg.source_of(key)})")
    print("logging.level =", cfg.get("logging.level"))
    try:
        cfg.require("database.url")
    except ConfigError as e:
        print("error:", e)
    try:
        LayeredConfig.from_toml("bad = = toml")
    except ConfigError as e:
        print("error:", type(e.__cause__).__name__)
