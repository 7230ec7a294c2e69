"""Fetch values from nested JSON with a simple dotted path syntax."""
import json
import re

_TOKEN = re.compile(r"([^.\[\]]+)|\[(\d+|\*)\]")


class PathError(KeyError):
    """Raised when a path cannot be resolved."""


def parse_path(path: str) -> list:
    tokens = []
    for name, index in _TOKEN.findall(path):
        if name:
            tokens.append(name)
        elif index == "*":
            tokens.append("*")
        else:
            tokens.append(int(index))
    return tokens


def get_path(data, path: str, default=PathError):
    """Resolve 'a.b[0].c' or 'items[*].id' against parsed JSON."""
    results = [data]
    for token in parse_path(path):
        next_results = []
        for node in results:
            if token == "*" and isinstance(node, list):
                next_results.extend(node)
            elif isinstance(token, int) and isinstance(node, list) and -len(node) <= token < len(node):
                next_results.append(node[token])
            elif isinstance(token, str) and isinstance(node, dict) and token in node:
                next_results.append(node[token])
        if not next_results:
            if default is PathError:
                raise PathError(f"path {path!r} not found at {token!r}")
            return default
        results = next_results
    return results if "[*]" in path else results[0]


if __name__ == "__main__":
    doc = json.loads('{"user": {"name": "Ana", "roles": ["admin", "dev"]},'
                     ' "items": [{"id": 1}, {"id": 2}, {"id": 3}]}')
    print(get_path(doc, "user.name"))
    print(get_path(doc, "user.roles[1]"))
    print(get_path(doc, "items[*].id"))
    print(get_path(doc, "user.email", default=None))
    try:
        get_path(doc, "items[9].id")
    except PathError as exc:
        print("error:", exc)
