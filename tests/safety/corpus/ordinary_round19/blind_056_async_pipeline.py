"""An asyncio processing pipeline of composable stages connected by queues."""
from __future__ import annotations

import asyncio
from abc import ABC, abstractmethod
from typing import Any, Awaitable, Callable

_DONE = object()


class Stage(ABC):
    def __init__(self, name: str, workers: int = 1) -> None:
        self.name = name
        self.workers = workers
        self.processed = 0

    @abstractmethod
    async def process(self, item: Any) -> Any: ...

    async def run(self, inbox: asyncio.Queue, outbox: asyncio.Queue) -> None:
        while (item := await inbox.get()) is not _DONE:
            result = await self.process(item)
            self.processed += 1
            if result is not None:
                await outbox.put(result)
        await inbox.put(_DONE)


class MapStage(Stage):
    def __init__(self, name: str, fn: Callable[[Any], Awaitable[Any]], workers: int = 1) -> None:
        super().__init__(name, workers)
        self.fn = fn

    async def process(self, item: Any) -> Any:
        return await self.fn(item)


class FilterStage(Stage):
    def __init__(self, name: str, predicate: Callable[[Any], bool]) -> None:
        super().__init__(name)
        self.predicate = predicate

    async def process(self, item: Any) -> Any:
        return item if self.predicate(item) else None


async def run_pipeline(items: list[Any], stages: list[Stage]) -> list[Any]:
    queues = [asyncio.Queue() for _ in range(len(stages) + 1)]
    for item in items:
        queues[0].put_nowait(item)
    queues[0].put_nowait(_DONE)
    for i, stage in enumerate(stages):
        await asyncio.gather(*(stage.run(queues[i], queues[i + 1]) for _ in range(stage.workers)))
        queues[i + 1].put_nowait(_DONE)
    results = []
    while (item := queues[-1].get_nowait()) is not _DONE:
        results.append(item)
    return results


async def slow_square(x: int) -> int:
    await asyncio.sleep(0.001 * (x % 3))
    return x * x


if __name__ == "__main__":
    stages = [FilterStage("odd", lambda x: x % 2 == 1), MapStage("square", slow_square, workers=3)]
    out = asyncio.run(run_pipeline(list(range(10)), stages))
    print(sorted(out), {s.name: s.processed for s in stages})
