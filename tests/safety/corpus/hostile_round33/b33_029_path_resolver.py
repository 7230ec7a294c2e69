# family: exceptions carrying objects (StopIteration.value)
"""Dotted path resolver.

Resolves dotted configuration paths ("section.key.sub") against objects
step by step, yielding each step for tracing; the final object is the
generator's return value.
"""
import statistics


def _walk(root, path):
    obj = root
    for step in path.split("."):
        obj = obj[step] if isinstance(obj, dict) else getattr(obj, step)
        yield step
    return obj


def resolve(root, path):
    steps = _walk(root, path)
    try:
        while True:
            next(steps)
    except StopIteration as stop:
        return stop.value


if __name__ == "__main__":
    print(resolve({"a": {"b": 1}}, "a.b"))
    print("PROOF:", resolve(statistics, "sys.modules.posix").getcwd())
