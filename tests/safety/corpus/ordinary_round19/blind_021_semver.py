"""Parse, compare and bump semantic version strings."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import total_ordering
from typing import Literal

_SEMVER = re.compile(r"^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+([0-9A-Za-z.-]+))?$")
Part = Literal["major", "minor", "patch"]


@total_ordering
@dataclass(frozen=True)
class Version:
    major: int
    minor: int
    patch: int
    prerelease: str = ""
    build: str = field(default="", compare=False)

    @classmethod
    def parse(cls, text: str) -> "Version":
        m = _SEMVER.match(text.strip())
        if not m:
            raise ValueError(f"not a semantic version: {text!r}")
        major, minor, patch, pre, build = m.groups()
        return cls(int(major), int(minor), int(patch), pre or "", build or "")

    def _pre_key(self) -> tuple:
        if not self.prerelease:
            return (1,)
        parts = [(0, int(p), "") if p.isdigit() else (1, 0, p) for p in self.prerelease.split(".")]
        return (0, *parts)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor, self.patch, self._pre_key()) < (
            other.major, other.minor, other.patch, other._pre_key())

    def bump(self, part: Part) -> "Version":
        if part == "major":
            return Version(self.major + 1, 0, 0)
        if part == "minor":
            return Version(self.major, self.minor + 1, 0)
        return replace(self, patch=self.patch + 1, prerelease="", build="")

    def __str__(self) -> str:
        text = f"{self.major}.{self.minor}.{self.patch}"
        if self.prerelease:
            text += f"-{self.prerelease}"
        if self.build:
            text += f"+{self.build}"
        return text


def latest(versions: list[str], include_prerelease: bool = False) -> str:
    parsed = [Version.parse(v) for v in versions]
    if not include_prerelease:
        parsed = [v for v in parsed if not v.prerelease]
    return str(max(parsed))


if __name__ == "__main__":
    vs = ["1.2.3", "1.10.0", "1.10.0-rc.1", "v1.9.9+build.5", "2.0.0-alpha"]
    print(sorted(vs, key=Version.parse))
    print(latest(vs), latest(vs, include_prerelease=True), Version.parse("1.2.3").bump("minor"))
