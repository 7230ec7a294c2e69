# family: ordinary, blind round 73 (dataclass-heavy typed tools)
"""Topologically sort package dependencies and detect cycles."""
from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from typing import Iterable

Name = str
Deps = set[Name]


class CycleError(Exception):
    def __init__(self, nodes: Iterable[Name]) -> None:
        self.nodes = sorted(nodes)
        super().__init__(f"dependency cycle among: {', '.join(self.nodes)}")


class MissingDependency(KeyError):
    pass


@dataclass
class Package:
    name: Name
    version: str = "0.0.0"
    requires: Deps = field(default_factory=set)


@dataclass
class Graph:
    packages: dict[Name, Package] = field(default_factory=dict)

    def add(self, name: Name, *requires: Name, version: str = "1.0.0") -> Graph:
        self.packages[name] = Package(name, version, set(requires))
        return self

    def validate(self) -> None:
        for pkg in self.packages.values():
            missing = pkg.requires - self.packages.keys()
            if missing:
                raise MissingDependency(f"{pkg.name} requires unknown {sorted(missing)}")

    def install_order(self) -> list[Name]:
        self.validate()
        indegree = {n: len(p.requires) for n, p in self.packages.items()}
        dependents: dict[Name, list[Name]] = {n: [] for n in self.packages}
        for p in self.packages.values():
            for dep in p.requires:
                dependents[dep].append(p.name)
        ready = deque(sorted(n for n, d in indegree.items() if d == 0))
        order: list[Name] = []
        while ready:
            n = ready.popleft()
            order.append(n)
            for m in sorted(dependents[n]):
                indegree[m] -= 1
                if indegree[m] == 0:
                    ready.append(m)
        if len(order) != len(self.packages):
            raise CycleError(n for n, d in indegree.items() if d > 0)
        return order


if __name__ == "__main__":
    g = Graph().add("app", "web", "db").add("web", "http", "json").add("db", "json").add("http").add("json")
    print(g.install_order())
    g.add("json", "app")
    try:
        g.install_order()
    except CycleError as e:
        print(e)
    try:
        Graph().add("x", "y").install_order()
    except MissingDependency as e:
        print("missing:", e)
