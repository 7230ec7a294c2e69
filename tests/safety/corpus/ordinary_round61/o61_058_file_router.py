# family: ordinary, blind round 61 (glob-based file routing rules)
import fnmatch
from dataclasses import dataclass
from collections import defaultdict


@dataclass(frozen=True)
class Route:
    pattern: str
    destination: str
    priority: int = 0
    case_sensitive: bool = False

    def matches(self, path: str) -> bool:
        if self.case_sensitive:
            return fnmatch.fnmatchcase(path, self.pattern)
        return fnmatch.fnmatchcase(path.lower(), self.pattern.lower())


def _normalize(raw: str) -> str:
    return "/".join(p for p in raw.replace("\\", "/").split("/") if p not in ("", "."))


DEFAULT_ROUTES = (
    Route("*.jpg", "images"), Route("*.png", "images"), Route("*.pdf", "documents"),
    Route("invoices/*.pdf", "finance", priority=10), Route("*.[ct]sv", "data"),
    Route("*~", "trash", priority=20), Route("*.tmp", "trash", priority=20),
)


def route_files(paths: list[str], extra_rules: list[dict] | None = None, fallback: str = "unsorted") -> dict:
    """Assign each file path to a destination using glob rules (highest priority wins)."""
    routes = list(DEFAULT_ROUTES) + [Route(**r) for r in (extra_rules or [])]
    ordered = sorted(routes, key=lambda r: (-r.priority, -len(r.pattern)))
    buckets: dict[str, list[str]] = defaultdict(list)
    decisions = []
    for raw in paths:
        path = _normalize(raw)
        route = next((r for r in ordered if r.matches(path)), None)
        dest = route.destination if route else fallback
        buckets[dest].append(path)
        decisions.append({"path": path, "destination": dest, "rule": route.pattern if route else None})
    return {"buckets": dict(sorted(buckets.items())), "decisions": decisions}


if __name__ == "__main__":
    files = ["./holiday\\IMG_001.JPG", "invoices/2024-03.pdf", "manual.pdf", "export.tsv", "notes.txt~",
             "scratch.tmp", "build.log", "src/app.py"]
    out = route_files(files, extra_rules=[{"pattern": "src/*.py", "destination": "code", "priority": 5}])
    for d in out["decisions"]:
        print(d)
    print(out["buckets"])
