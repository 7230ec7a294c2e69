"""Layered settings lookup (defaults < file < env-like overrides) via ChainMap."""
from __future__ import annotations

from collections import ChainMap
from typing import Any, Mapping


class Settings(ChainMap):
    """ChainMap whose first map is the highest-priority layer."""

    def __init__(self, *layers: Mapping[str, Any], names: list[str] | None = None) -> None:
        super().__init__(*layers)
        self.names = names or [f"layer{i}" for i in range(len(layers))]

    def source_of(self, key: str) -> str | None:
        for name, layer in zip(self.names, self.maps):
            if key in layer:
                return name
        return None

    def get_typed(self, key: str, kind: type, default: Any = None) -> Any:
        if key not in self:
            return default
        raw = self[key]
        if kind is bool and isinstance(raw, str):
            return raw.lower() in ("1", "true", "on", "yes")
        return kind(raw)

    def with_overrides(self, overrides: Mapping[str, Any], name: str = "override") -> "Settings":
        return type(self)(dict(overrides), *self.maps, names=[name, *self.names])

    def explain(self) -> dict[str, tuple[Any, str | None]]:
        return {key: (self[key], self.source_of(key)) for key in sorted(self)}


def parse_overrides(pairs: list[str]) -> dict[str, str]:
    """Turn ['a.b=1', 'debug=true'] into a flat dict."""
    out: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep:
            raise ValueError(f"expected key=value, got {pair!r}")
        out[key.strip()] = value.strip()
    return out


if __name__ == "__main__":
    defaults = {"port": 8000, "debug": False, "workers": 2}
    file_cfg = {"port": 9000}
    s = Settings(file_cfg, defaults, names=["file", "defaults"])
    s2 = s.with_overrides(parse_overrides(["debug=true", "workers=4"]), "cli")
    print(s2.explain())
    print(s2.get_typed("debug", bool), s2.get_typed("workers", int), s.get_typed("missing", int, 7))
