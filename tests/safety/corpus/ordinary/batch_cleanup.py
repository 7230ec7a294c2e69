from contextlib import ExitStack, contextmanager, suppress
from typing import Callable, Iterator


class Resource:
    def __init__(self, name: str, log: list[str]) -> None:
        self.name = name
        self.log = log
        self.log.append(f"open {name}")

    def close(self) -> None:
        self.log.append(f"close {self.name}")


@contextmanager
def opened(name: str, log: list[str]) -> Iterator[Resource]:
    resource = Resource(name, log)
    try:
        yield resource
    finally:
        resource.close()


def process_all(names: list[str], fail_on: str | None = None) -> list[str]:
    """Open every resource, process them together, and close them in reverse order, even on failure."""
    log: list[str] = []
    with suppress(RuntimeError):
        with ExitStack() as stack:
            resources = [stack.enter_context(opened(n, log)) for n in names]
            stack.callback(log.append, "all closed")
            for resource in resources:
                if resource.name == fail_on:
                    raise RuntimeError(f"failed on {resource.name}")
                log.append(f"use {resource.name}")
    return log


def retrying(action: Callable[[], int], attempts: int = 3) -> int:
    for attempt in range(attempts):
        with suppress(ValueError):
            return action()
    raise RuntimeError(f"gave up after {attempts} attempts")
