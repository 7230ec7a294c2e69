# family: submod (written blind, second set)
"""Describe where a dataclass conversion was requested from."""
import dataclasses


def run(limit: int) -> list[str]:
    return [f"{info.filename}:{info.lineno}:{info.code_context}" for info in dataclasses.inspect.stack()[:limit]]


print(run(5))
