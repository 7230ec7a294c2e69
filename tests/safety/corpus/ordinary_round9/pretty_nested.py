"""Pretty-print and flatten nested structures."""
import pprint
from collections.abc import Mapping, Sequence
from typing import Any

JSON = dict[str, Any]
Flat = dict[str, Any]


def flatten(data: Any, prefix: str = "", sep: str = ".") -> Flat:
    out: Flat = {}
    if isinstance(data, Mapping):
        for k, v in data.items():
            out.update(flatten(v, f"{prefix}{sep}{k}" if prefix else str(k), sep))
    elif isinstance(data, Sequence) and not isinstance(data, (str, bytes)):
        for i, v in enumerate(data):
            out.update(flatten(v, f"{prefix}[{i}]", sep))
    else:
        out[prefix] = data
    return out


def unflatten(flat: Flat, sep: str = ".") -> JSON:
    root: JSON = {}
    for key, value in flat.items():
        node = root
        parts = key.split(sep)
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        node[parts[-1]] = value
    return root


def pretty_nested(data: JSON, width: int = 40) -> dict[str, Any]:
    """Entry point: return flattened keys, a pretty form and a stringified copy."""
    flat = flatten(data)
    stringified = dict(flat)
    for k, v in stringified.items():
        stringified[k] = str(v)
    simple = {k: v for k, v in flat.items() if "[" not in k}
    return {
        "flat": flat,
        "pretty": pprint.pformat(data, width=width, sort_dicts=True),
        "strings": stringified,
        "rebuilt": unflatten(simple),
    }
