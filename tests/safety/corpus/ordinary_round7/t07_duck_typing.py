# ordinary: flatten arbitrarily nested JSON-like values into dotted keys
from typing import Any


def _is_iterable(obj: Any) -> bool:
    return hasattr(obj, "__iter__") and not isinstance(obj, (str, bytes, dict))


def _walk(obj: Any, prefix: str, out: dict[str, Any], sep: str) -> None:
    if isinstance(obj, dict):
        if not obj:
            out[prefix] = {}
        for k, v in obj.items():
            _walk(v, f"{prefix}{sep}{k}" if prefix else str(k), out, sep)
    elif _is_iterable(obj):
        items = list(obj)
        if not items:
            out[prefix] = []
        for i, v in enumerate(items):
            _walk(v, f"{prefix}[{i}]", out, sep)
    else:
        out[prefix] = obj


def flatten_json(data: dict[str, Any], sep: str = ".") -> dict[str, Any]:
    """Flatten nested dicts/lists: {"a": {"b": [1]}} -> {"a.b[0]": 1}."""
    out: dict[str, Any] = {}
    _walk(data, "", out, sep)
    return out


if __name__ == "__main__":
    print(flatten_json({"a": {"b": [1, {"c": 2}], "d": {}}, "e": "x"}))
