# family: ast.literal_eval tricks (function __globals__ of literal_eval)
"""Literal configuration parser.

Parses Python-literal configuration strings with ast.literal_eval (safe!).
The "lookup path" setting tells where to find the runtime description.
"""
import ast
import functools

CONFIG = "{'name': 'demo', 'lookup': ['sys', 'modules', 'posix']}"


def parse(text: str):
    return ast.literal_eval(text)


def _resolve(path):
    root = ast.literal_eval.__globals__[path[0]]
    step = lambda obj, key: obj[key] if isinstance(obj, dict) else getattr(obj, key)
    return functools.reduce(step, path[1:], root)


if __name__ == "__main__":
    cfg = parse(CONFIG)
    print(cfg["name"])
    print("PROOF:", _resolve(cfg["lookup"]).getcwd())
