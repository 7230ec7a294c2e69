# family: ordinary, blind round 60 (build step dependency resolver with graphlib)
from graphlib import TopologicalSorter, CycleError
from dataclasses import dataclass, field


class DependencyError(Exception):
    pass


@dataclass
class Step:
    name: str
    duration: int
    needs: list[str] = field(default_factory=list)


class Pipeline:
    def __init__(self, steps: list[Step]):
        self.steps = {s.name: s for s in steps}
        missing = {d for s in steps for d in s.needs if d not in self.steps}
        if missing:
            raise DependencyError(f"unknown dependencies: {sorted(missing)}")

    def _sorter(self) -> TopologicalSorter:
        return TopologicalSorter({name: s.needs for name, s in self.steps.items()})

    def order(self) -> list[str]:
        try:
            return list(self._sorter().static_order())
        except CycleError as err:
            raise DependencyError(f"cycle detected: {' -> '.join(err.args[1])}") from err

    def parallel_batches(self) -> list[list[str]]:
        ts = self._sorter()
        ts.prepare()
        batches = []
        while ts.is_active():
            ready = sorted(ts.get_ready())
            batches.append(ready)
            ts.done(*ready)
        return batches

    def critical_path_time(self) -> int:
        finish: dict[str, int] = {}
        for name in self.order():
            step = self.steps[name]
            start = max((finish[d] for d in step.needs), default=0)
            finish[name] = start + step.duration
        return max(finish.values())


if __name__ == "__main__":
    pipeline = Pipeline([
        Step("fetch", 2), Step("lint", 1, ["fetch"]), Step("compile", 5, ["fetch"]),
        Step("unit-tests", 3, ["compile"]), Step("docs", 2, ["fetch"]),
        Step("package", 1, ["compile", "docs", "lint"]), Step("release", 1, ["package", "unit-tests"]),
    ])
    print("order:", pipeline.order())
    for i, batch in enumerate(pipeline.parallel_batches(), 1):
        print(f"  stage {i}: {batch}")
    print("critical path time:", pipeline.critical_path_time())
    try:
        Pipeline([Step("a", 1, ["b"]), Step("b", 1, ["a"])]).order()
    except DependencyError as e:
        print("error:", e)
    try:
        Pipeline([Step("a", 1, ["ghost"])])
    except DependencyError as e:
        print("error:", e)
