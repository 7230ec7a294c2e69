"""Semantic version parsing, comparison and range checks."""
import re
from functools import total_ordering

_SEMVER = re.compile(r"^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+([0-9A-Za-z.-]+))?$")


@total_ordering
class Version:
    def __init__(self, major, minor, patch, pre=None, build=None):
        self.major, self.minor, self.patch = major, minor, patch
        self.pre, self.build = pre, build

    @classmethod
    def parse(cls, text: str) -> "Version":
        m = _SEMVER.match(text.strip())
        if not m:
            raise ValueError(f"not a semantic version: {text!r}")
        major, minor, patch, pre, build = m.groups()
        return cls(int(major), int(minor), int(patch), pre, build)

    def _pre_key(self):
        if self.pre is None:
            return (1,)
        parts = []
        for p in self.pre.split("."):
            parts.append((0, int(p), "") if p.isdigit() else (1, 0, p))
        return (0, tuple(parts))

    def _key(self):
        return (self.major, self.minor, self.patch, self._pre_key())

    def __eq__(self, other):
        if isinstance(other, str):
            other = Version.parse(other)
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() == other._key()

    def __lt__(self, other):
        if isinstance(other, str):
            other = Version.parse(other)
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() < other._key()

    def __hash__(self):
        return hash(self._key())

    def bump(self, part: str) -> "Version":
        if part == "major":
            return type(self)(self.major + 1, 0, 0)
        if part == "minor":
            return type(self)(self.major, self.minor + 1, 0)
        return type(self)(self.major, self.minor, self.patch + 1)

    def __str__(self):
        s = f"{self.major}.{self.minor}.{self.patch}"
        if self.pre:
            s += "-" + self.pre
        return s + (f"+{self.build}" if self.build else "")


def sort_versions(versions: list, at_least: str = None) -> list:
    vs = sorted(Version.parse(v) for v in versions)
    if at_least:
        vs = [v for v in vs if v >= at_least]
    return [str(v) for v in vs]


if __name__ == "__main__":
    print(sort_versions(["1.0.0", "1.0.0-rc.1", "1.0.0-alpha", "0.9.12", "1.10.0", "1.2.3+b7"], "1.0.0-beta"))
    print(Version.parse("1.2.3").bump("minor"), Version.parse("2.0.0") == "v2.0.0")
