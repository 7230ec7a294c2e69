"""Semantic version value object with parsing, ordering and bumping."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

_SEMVER = re.compile(
    r"^v?(?P<major>0|[1-9]\d*)\.(?P<minor>0|[1-9]\d*)\.(?P<patch>0|[1-9]\d*)"
    r"(?:-(?P<pre>[0-9A-Za-z.-]+))?(?:\+(?P<build>[0-9A-Za-z.-]+))?$"
)


@dataclass(frozen=True)
class Version:
    major: int
    minor: int
    patch: int
    pre: str | None = None
    build: str | None = None

    @classmethod
    def parse(cls, text: str) -> Version:
        m = _SEMVER.match(text.strip())
        if not m:
            raise ValueError(f"not a semantic version: {text!r}")
        d = m.groupdict()
        return cls(int(d["major"]), int(d["minor"]), int(d["patch"]), d["pre"], d["build"])

    def _key(self):
        pre_key = (1,) if self.pre is None else (0, *[
            (0, int(p), "") if p.isdigit() else (1, 0, p) for p in self.pre.split(".")
        ])
        return (self.major, self.minor, self.patch, pre_key)

    def __lt__(self, other: Version) -> bool:
        return self._key() < other._key()

    def __le__(self, other: Version) -> bool:
        return self._key() <= other._key()

    def bump(self, part: str) -> Version:
        if part == "major":
            return Version(self.major + 1, 0, 0)
        if part == "minor":
            return Version(self.major, self.minor + 1, 0)
        if part == "patch":
            return replace(self, patch=self.patch + 1, pre=None, build=None)
        raise ValueError(f"unknown part {part!r}")

    def __str__(self) -> str:
        s = f"{self.major}.{self.minor}.{self.patch}"
        if self.pre:
            s += f"-{self.pre}"
        return s + (f"+{self.build}" if self.build else "")


def satisfies(version: str, minimum: str, below: str | None = None) -> bool:
    v = Version.parse(version)
    return Version.parse(minimum) <= v and (below is None or v < Version.parse(below))


if __name__ == "__main__":
    vs = ["1.0.0", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-beta.2", "1.0.0-beta.11", "0.9.12", "v2.1.0+b5"]
    print([str(v) for v in sorted(map(Version.parse, vs))])
    print(Version.parse("1.4.2-rc.1").bump("patch"), Version.parse("1.4.2").bump("major"))
    print(satisfies("1.5.0", "1.2.0", "2.0.0"), satisfies("2.0.0", "1.2.0", "2.0.0"))
