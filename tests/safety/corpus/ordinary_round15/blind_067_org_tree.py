"""Org-chart tree: build from flat rows, traverse, query and (de)serialise."""
from collections import deque


class Employee:
    def __init__(self, name, title, salary=0, reports=None):
        self.name, self.title, self.salary = name, title, salary
        self.reports = list(reports or [])
        self.manager = None
        for r in self.reports:
            r.manager = self

    def add(self, emp):
        emp.manager = self
        self.reports.append(emp)
        return emp

    def __iter__(self):
        """Depth-first, pre-order."""
        yield self
        for r in self.reports:
            yield from r

    def bfs(self):
        q = deque([(self, 0)])
        while q:
            node, depth = q.popleft()
            yield node, depth
            q.extend((r, depth + 1) for r in node.reports)

    def chain(self):
        node, out = self, []
        while node:
            out.append(node.name)
            node = node.manager
        return out

    def team_cost(self):
        return sum(e.salary for e in self)

    def to_dict(self):
        return {"name": self.name, "title": self.title, "salary": self.salary,
                "reports": [r.to_dict() for r in self.reports]}

    @classmethod
    def from_dict(cls, d):
        return cls(d["name"], d["title"], d.get("salary", 0), [cls.from_dict(r) for r in d.get("reports", [])])

    @classmethod
    def from_rows(cls, rows):
        people = {r["name"]: cls(r["name"], r["title"], r.get("salary", 0)) for r in rows}
        roots = []
        for r in rows:
            boss = r.get("manager")
            (people[boss].add(people[r["name"]]) if boss else roots.append(people[r["name"]]))
        if len(roots) != 1:
            raise ValueError(f"expected one root, found {[x.name for x in roots]}")
        return roots[0]

    def __repr__(self):
        return f"<{type(self).__name__} {self.name} ({self.title}), {len(self.reports)} reports>"


if __name__ == "__main__":
    ceo = Employee.from_rows([
        {"name": "Ada", "title": "CEO", "salary": 300}, {"name": "Bo", "title": "CTO", "salary": 250, "manager": "Ada"},
        {"name": "Cy", "title": "Dev", "salary": 120, "manager": "Bo"}, {"name": "Di", "title": "Dev", "salary": 125, "manager": "Bo"},
        {"name": "Ed", "title": "CFO", "salary": 240, "manager": "Ada"}])
    print([e.name for e in ceo], [(e.name, d) for e, d in ceo.bfs()])
    di = next(e for e in ceo if e.name == "Di")
    print(di.chain(), ceo.reports[0].team_cost(), repr(ceo))
    print(Employee.from_dict(ceo.to_dict()).to_dict() == ceo.to_dict())
