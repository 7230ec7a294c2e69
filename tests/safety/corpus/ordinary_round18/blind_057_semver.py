"""Semantic version parsing, comparison and constraint matching (e.g. '>=1.2,<2', '1.4.*')."""
from __future__ import annotations

import fnmatch
import operator
import re

SEMVER_RE = re.compile(r"^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$")


class Version:
    __slots__ = ("major", "minor", "patch", "pre")

    def __init__(self, major: int, minor: int = 0, patch: int = 0, pre: str = "") -> None:
        self.major, self.minor, self.patch, self.pre = major, minor, patch, pre

    @classmethod
    def from_string(cls, text: str) -> "Version":
        m = SEMVER_RE.match(text.strip())
        if not m:
            raise ValueError(f"not a semantic version: {text!r}")
        return cls(int(m[1]), int(m[2] or 0), int(m[3] or 0), m[4] or "")  # '1.2' means 1.2.0

    def _key(self) -> tuple:
        # A pre-release sorts before the release; numeric identifiers compare numerically.
        pre = tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in self.pre.split(".")) if self.pre else ()
        return (self.major, self.minor, self.patch, not self.pre, pre)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Version) and self._key() == other._key()

    def __lt__(self, other: "Version") -> bool:
        return self._key() < other._key()

    def __le__(self, other: "Version") -> bool:
        return self._key() <= other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}" + (f"-{self.pre}" if self.pre else "")

    def __repr__(self) -> str:
        return f"Version('{self}')"

    def bump(self, part: str) -> "Version":
        if part == "major":
            return Version(self.major + 1)
        if part == "minor":
            return Version(self.major, self.minor + 1)
        return Version(self.major, self.minor, self.patch + 1)


OPS = {">=": operator.ge, "<=": operator.le, ">": operator.gt, "<": operator.lt, "==": operator.eq, "!=": operator.ne}


def satisfies(version: str, constraint: str) -> bool:
    v = Version.from_string(version)
    for clause in filter(None, (c.strip() for c in constraint.split(","))):
        if "*" in clause:
            if not fnmatch.fnmatchcase(str(v), clause):
                return False
            continue
        op = next((o for o in (">=", "<=", "==", "!=", ">", "<") if clause.startswith(o)), "==")
        if not OPS[op](v, Version.from_string(clause[len(op):] if clause.startswith(op) else clause)):
            return False
    return True


def latest_matching(versions: list[str], constraint: str) -> str | None:
    matching = [Version.from_string(v) for v in versions if satisfies(v, constraint)]
    return str(max(matching)) if matching else None


if __name__ == "__main__":
    releases = ["1.2.0", "1.4.1", "1.4.10", "2.0.0-rc.1", "2.0.0-rc.2", "2.0.0", "v1.10.0"]
    print(sorted(map(Version.from_string, releases)))
    print(latest_matching(releases, ">=1.2, <2"), latest_matching(releases, "1.4.*"), latest_matching(releases, ">3"))
    print(Version.from_string("2.0.0-rc.2") < Version.from_string("2.0.0"), Version(1, 9, 3).bump("minor"))
