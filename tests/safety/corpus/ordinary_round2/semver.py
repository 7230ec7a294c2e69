# ordinary: semantic version parsing and ordering with total_ordering and named regex groups
from __future__ import annotations

import re
from functools import total_ordering

_SEMVER = re.compile(
    r"""^(?P<major>0|[1-9]\d*)\.(?P<minor>0|[1-9]\d*)\.(?P<patch>0|[1-9]\d*)
        (?:-(?P<pre>[0-9A-Za-z.-]+))?
        (?:\+(?P<build>[0-9A-Za-z.-]+))?$""",
    re.VERBOSE,
)


@total_ordering
class Version:
    __slots__ = ("major", "minor", "patch", "prerelease", "build")

    def __init__(self, major: int, minor: int, patch: int, prerelease: str = "", build: str = ""):
        self.major, self.minor, self.patch = major, minor, patch
        self.prerelease = prerelease
        self.build = build

    @classmethod
    def parse(cls, text: str) -> Version:
        m = _SEMVER.match(text.strip())
        if not m:
            raise ValueError(f"not a semantic version: {text!r}")
        return cls(int(m["major"]), int(m["minor"]), int(m["patch"]), m["pre"] or "", m["build"] or "")

    def _pre_key(self):
        if not self.prerelease:
            return (1,)
        parts = []
        for ident in self.prerelease.split("."):
            parts.append((0, int(ident), "") if ident.isdigit() else (1, 0, ident))
        return (0, tuple(parts))

    def _key(self):
        return (self.major, self.minor, self.patch, self._pre_key())

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() == other._key()

    def __lt__(self, other: Version) -> bool:
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() < other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __str__(self) -> str:
        text = f"{self.major}.{self.minor}.{self.patch}"
        if self.prerelease:
            text += f"-{self.prerelease}"
        if self.build:
            text += f"+{self.build}"
        return text

    def __repr__(self) -> str:
        return f"Version({str(self)!r})"

    def bump(self, part: str) -> Version:
        if part == "major":
            return Version(self.major + 1, 0, 0)
        if part == "minor":
            return Version(self.major, self.minor + 1, 0)
        if part == "patch":
            return Version(self.major, self.minor, self.patch + 1)
        raise ValueError(f"unknown part {part!r}")


if __name__ == "__main__":
    versions = [Version.parse(v) for v in ["1.0.0", "1.0.0-alpha", "1.0.0-alpha.1", "0.9.12", "1.0.0-beta+exp.sha"]]
    print(sorted(versions))
    print(max(versions).bump("minor"))
