"""Check whether versions satisfy requirement specifiers like '>=1.2, <2.0, !=1.5.1'."""
import operator
import re
from typing import Callable

OPS: dict[str, Callable[[tuple, tuple], bool]] = {
    ">=": operator.ge, "<=": operator.le, "==": operator.eq, "!=": operator.ne, ">": operator.gt, "<": operator.lt,
}
SPEC_RE = re.compile(r"^\s*(>=|<=|==|!=|~=|>|<)\s*([0-9]+(?:\.[0-9]+)*)\s*$")


def vtuple(version: str, width: int = 3) -> tuple[int, ...]:
    parts = [int(p) for p in version.strip().split(".")]
    return tuple(parts + [0] * (width - len(parts)))


def parse_specifier(spec: str) -> list[tuple[str, str]]:
    clauses = []
    for piece in filter(None, (p.strip() for p in spec.split(","))):
        m = SPEC_RE.match(piece)
        if not m:
            raise ValueError(f"cannot parse clause {piece!r}")
        clauses.append((m.group(1), m.group(2)))
    return clauses


def satisfies(version: str, clauses: list[tuple[str, str]]) -> tuple[bool, str | None]:
    v = vtuple(version)
    for op, target in clauses:
        if op == "~=":  # compatible release: >= target and same prefix
            t_parts = target.split(".")
            prefix = vtuple(".".join(t_parts[:-1]), len(t_parts) - 1)
            ok = v >= vtuple(target) and v[:len(prefix)] == prefix
        else:
            ok = OPS[op](v, vtuple(target))
        if not ok:
            return False, f"{op}{target}"
    return True, None


def check_versions(spec: str, versions: list[str]) -> dict:
    clauses = parse_specifier(spec)
    report = {}
    for v in versions:
        ok, failed = satisfies(v, clauses)
        report[v] = "ok" if ok else f"fails {failed}"
    allowed = [v for v in versions if report[v] == "ok"]
    best = max(allowed, key=vtuple) if allowed else None
    return {"spec": spec, "results": report, "best": best}


if __name__ == "__main__":
    print(check_versions(">=1.2, <2.0, !=1.5.1", ["1.0", "1.2", "1.5.1", "1.9.9", "2.0.0"]))
    print(check_versions("~=2.2", ["2.1", "2.2", "2.9.1", "3.0"]))
