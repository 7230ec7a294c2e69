# ordinary: read and write nested JSON values by dotted path like "users[0].address.city"
import json
import re
from typing import Any, List, Union

_PART = re.compile(r"([^.\[\]]+)|\[(\d+)\]")
_MISSING = object()


class PathError(KeyError):
    pass


def split_path(path: str) -> List[Union[str, int]]:
    parts: List[Union[str, int]] = []
    for name, index in _PART.findall(path):
        parts.append(int(index) if index else name)
    if not parts:
        raise PathError(f"empty path {path!r}")
    return parts


def get_path(data: Any, path: str, default: Any = _MISSING) -> Any:
    current = data
    for part in split_path(path):
        try:
            current = current[part]
        except (KeyError, IndexError, TypeError):
            if default is _MISSING:
                raise PathError(f"{path!r}: cannot resolve {part!r}") from None
            return default
    return current


def set_path(data: Any, path: str, value: Any) -> None:
    parts = split_path(path)
    current = data
    for part, following in zip(parts, parts[1:]):
        if isinstance(part, int):
            current = current[part]
        else:
            current = current.setdefault(part, [] if isinstance(following, int) else {})
    last = parts[-1]
    if isinstance(last, int) and isinstance(current, list) and last == len(current):
        current.append(value)
    else:
        current[last] = value


if __name__ == "__main__":
    doc = json.loads('{"users": [{"name": "Ana", "address": {"city": "Lisbon"}}]}')
    print(get_path(doc, "users[0].address.city"))
    print(get_path(doc, "users[3].name", default="n/a"))
    set_path(doc, "users[0].tags", ["admin"])
    set_path(doc, "meta.count", 1)
    print(json.dumps(doc, indent=2, sort_keys=True))
