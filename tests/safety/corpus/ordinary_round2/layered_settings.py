# ordinary: layered settings (defaults < file < CLI overrides) with ChainMap and typed coercion
from collections import ChainMap
from typing import Any, Callable, Dict, Mapping

DEFAULTS: Dict[str, Any] = {"host": "127.0.0.1", "port": 8000, "debug": False, "workers": 2, "theme": "light"}


def _to_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in {"1", "true", "yes", "on"}:
        return True
    if text in {"0", "false", "no", "off"}:
        return False
    raise ValueError(f"not a boolean: {value!r}")


COERCE: Dict[str, Callable[[Any], Any]] = {"port": int, "workers": int, "debug": _to_bool}


class Settings:
    def __init__(self, *layers: Mapping[str, Any]):
        # later layers win, so reverse them for ChainMap lookup order
        self._chain = ChainMap({}, *reversed(layers), DEFAULTS)

    def __getitem__(self, key: str) -> Any:
        value = self._chain[key]
        return COERCE.get(key, lambda v: v)(value)

    def __contains__(self, key: object) -> bool:
        return key in self._chain

    def set(self, key: str, value: Any) -> None:
        self._chain.maps[0][key] = value

    def source_of(self, key: str) -> int:
        for index, layer in enumerate(self._chain.maps):
            if key in layer:
                return index
        raise KeyError(key)

    def as_dict(self) -> Dict[str, Any]:
        return {k: self[k] for k in sorted(self._chain)}


if __name__ == "__main__":
    from_file = {"port": "9000", "theme": "dark"}
    from_cli = {"debug": "yes", "port": "9100"}
    s = Settings(from_file, from_cli)
    s.set("workers", "8")
    print(s.as_dict())
    print({k: s.source_of(k) for k in ("port", "theme", "host", "workers")})
    print("debug" in s, "colour" in s)
