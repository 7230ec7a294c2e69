# family: ordinary, blind round 73 (dataclass-heavy typed tools)
"""Semantic version parsing and comparison."""
import re
from dataclasses import dataclass
from typing import Optional

_SEMVER_RE = re.compile(
    r"^(?P<major>0|[1-9]\d*)\.(?P<minor>0|[1-9]\d*)\.(?P<patch>0|[1-9]\d*)"
    r"(?:-(?P<pre>[0-9A-Za-z.-]+))?(?:\+(?P<build>[0-9A-Za-z.-]+))?$"
)


class VersionError(ValueError):
    pass


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int
    patch: int
    prerelease: Optional[str] = None

    @classmethod
    def parse(cls, text: str) -> "Version":
        m = _SEMVER_RE.match(text.strip())
        if not m:
            raise VersionError(f"invalid version: {text!r}")
        return cls(int(m["major"]), int(m["minor"]), int(m["patch"]), m["pre"])

    def bump(self, part: str) -> "Version":
        if part == "major":
            return Version(self.major + 1, 0, 0)
        if part == "minor":
            return Version(self.major, self.minor + 1, 0)
        if part == "patch":
            return Version(self.major, self.minor, self.patch + 1)
        raise VersionError(f"unknown part {part}")

    def sort_key(self) -> tuple:
        # releases sort after prereleases
        return (self.major, self.minor, self.patch, self.prerelease is None, self.prerelease or "")

    def __str__(self) -> str:
        base = f"{self.major}.{self.minor}.{self.patch}"
        return f"{base}-{self.prerelease}" if self.prerelease else base


def latest(versions: list[str]) -> Version:
    parsed = [Version.parse(v) for v in versions]
    return max(parsed, key=Version.sort_key)


if __name__ == "__main__":
    vs = ["1.2.3", "1.10.0", "1.10.0-rc.1", "0.9.9"]
    print(sorted((Version.parse(v) for v in vs), key=Version.sort_key))
    print(latest(vs))
    print(Version.parse("2.0.0").bump("minor"))
    try:
        Version.parse("1.2")
    except VersionError as e:
        print(e)
