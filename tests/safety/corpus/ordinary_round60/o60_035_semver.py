# family: ordinary, blind round 60 (semantic version parsing, comparison and range matching)
import re
from functools import total_ordering
from dataclasses import dataclass

SEMVER_RE = re.compile(r"^v?(?P<major>0|[1-9]\d*)\.(?P<minor>\d+)\.(?P<patch>\d+)(?:-(?P<pre>[0-9A-Za-z.-]+))?$")


class InvalidVersion(ValueError):
    pass


@total_ordering
@dataclass(frozen=True, eq=False)
class Version:
    major: int
    minor: int
    patch: int
    pre: str = ""

    @classmethod
    def parse(cls, text: str) -> "Version":
        m = SEMVER_RE.match(text.strip())
        if not m:
            raise InvalidVersion(f"not a semantic version: {text!r}")
        return cls(int(m["major"]), int(m["minor"]), int(m["patch"]), m["pre"] or "")

    def _key(self):
        pre_key = tuple((0, int(p)) if p.isdigit() else (1, p) for p in self.pre.split(".")) if self.pre else ()
        return (self.major, self.minor, self.patch, not self.pre, pre_key)

    def __lt__(self, other):
        return self._key() < other._key()

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

    def bump(self, part: str) -> "Version":
        if part == "major":
            return Version(self.major + 1, 0, 0)
        if part == "minor":
            return Version(self.major, self.minor + 1, 0)
        return Version(self.major, self.minor, self.patch + 1)

    def __str__(self):
        base = f"{self.major}.{self.minor}.{self.patch}"
        return f"{base}-{self.pre}" if self.pre else base


def satisfies(version: Version, spec: str) -> bool:
    if spec.startswith("^"):
        low = Version.parse(spec[1:])
        return low <= version < low.bump("major") and not version.pre
    if spec.startswith("~"):
        low = Version.parse(spec[1:])
        return low <= version < low.bump("minor") and not version.pre
    return version == Version.parse(spec)


if __name__ == "__main__":
    raw = ["1.2.3", "v1.10.0", "1.2.3-beta.2", "1.2.3-beta.11", "1.2.3-alpha", "2.0.0", "0.9.12"]
    versions = sorted(Version.parse(v) for v in raw)
    print("sorted:", [str(v) for v in versions])
    print("latest:", max(versions), "| next minor:", max(versions).bump("minor"))
    for spec in ["^1.2.0", "~1.2.0", "2.0.0"]:
        print(f"{spec:8}", [str(v) for v in versions if satisfies(v, spec)])
    try:
        Version.parse("1.2")
    except InvalidVersion as e:
        print("error:", e)
