# family: ordinary, blind round 48 (functools.total_ordering semantic versions)
import functools
import re

_SEMVER = re.compile(r"^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$")


@functools.total_ordering
class Version:
    def __init__(self, major, minor=0, patch=0, pre=None):
        self.major, self.minor, self.patch = int(major), int(minor), int(patch)
        self.pre = pre

    @classmethod
    def parse(cls, s):
        m = _SEMVER.match(s.strip())
        if m is None:
            raise ValueError(f"invalid version: {s!r}")
        return cls(*m.groups())

    def _pre_key(self):
        # releases sort after pre-releases; numeric ids before alpha ids
        if self.pre is None:
            return (1,)
        parts = []
        for p in self.pre.split("."):
            parts.append((0, int(p), "") if p.isdigit() else (1, 0, p))
        return (0, tuple(parts))

    def _key(self):
        return (self.major, self.minor, self.patch, self._pre_key())

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() == other._key()

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() < other._key()

    def __hash__(self):
        return hash(self._key())

    def bump(self, part):
        if part == "major":
            return Version(self.major + 1)
        if part == "minor":
            return Version(self.major, self.minor + 1)
        return Version(self.major, self.minor, self.patch + 1)

    def __str__(self):
        base = f"{self.major}.{self.minor}.{self.patch}"
        return f"{base}-{self.pre}" if self.pre else base

    def __repr__(self):
        return f"Version('{self}')"


if __name__ == "__main__":
    tags = ["1.0.0", "v1.0.0-rc.1", "0.9.12", "1.0.0-alpha", "1.0.0-alpha.2",
            "1.10.0", "1.2.0", "1.0.0-beta"]
    versions = sorted(Version.parse(t) for t in tags)
    print(" < ".join(map(str, versions)))
    latest = max(versions)
    print("latest:", latest, "| >= 1.2.0:", latest >= Version.parse("1.2.0"))
    print("bumps:", [str(latest.bump(p)) for p in ("patch", "minor", "major")])
    print("dedupe:", len({Version.parse("1.0.0"), Version(1, 0, 0)}))
