"""Semantic version value object with parsing, comparison and bumping."""
from __future__ import annotations
import re
from functools import total_ordering

SEMVER_RE = re.compile(
    r"^v?(?P<major>0|[1-9]\d*)\.(?P<minor>0|[1-9]\d*)\.(?P<patch>0|[1-9]\d*)"
    r"(?:-(?P<pre>[0-9A-Za-z.-]+))?(?:\+(?P<build>[0-9A-Za-z.-]+))?$"
)


@total_ordering
class Version:
    def __init__(self, major: int, minor: int = 0, patch: int = 0, pre: str | None = None, build: str | None = None):
        self.major, self.minor, self.patch = major, minor, patch
        self.pre, self.build = pre, build

    @classmethod
    def parse(cls, text: str) -> Version:
        m = SEMVER_RE.match(text.strip())
        if not m:
            raise ValueError(f"not a semantic version: {text!r}")
        d = m.groupdict()
        return cls(int(d["major"]), int(d["minor"]), int(d["patch"]), d["pre"], d["build"])

    def _key(self):
        pre = () if self.pre is None else tuple(
            (0, int(p), "") if p.isdigit() else (1, 0, p) for p in self.pre.split("."))
        return (self.major, self.minor, self.patch, self.pre is None, pre)

    def __eq__(self, other):
        return isinstance(other, Version) and self._key() == other._key()

    def __lt__(self, other):
        return self._key() < other._key()

    def __hash__(self):
        return hash(self._key())

    def bump(self, part: str) -> Version:
        if part == "major":
            return type(self)(self.major + 1)
        if part == "minor":
            return type(self)(self.major, self.minor + 1)
        if part == "patch":
            return type(self)(self.major, self.minor, self.patch + (self.pre is None))
        raise ValueError(f"unknown part {part!r}")

    def __str__(self):
        s = f"{self.major}.{self.minor}.{self.patch}"
        return s + (f"-{self.pre}" if self.pre else "") + (f"+{self.build}" if self.build else "")

    __repr__ = lambda self: f"Version({str(self)!r})"


def latest(versions: list[str], allow_pre: bool = False) -> str:
    parsed = [Version.parse(v) for v in versions]
    return str(max(v for v in parsed if allow_pre or v.pre is None))


if __name__ == "__main__":
    vs = ["1.0.0", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-beta.2", "1.0.0-beta.11", "0.9.9", "1.1.0-rc.1"]
    print(sorted(Version.parse(v) for v in vs))
    print(latest(vs), latest(vs, allow_pre=True), Version.parse("1.2.3-rc.1").bump("patch"))
