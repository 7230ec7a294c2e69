"""Parse and compare semantic versions; pick the best match for a constraint."""

import re
from functools import total_ordering

SEMVER_RE = re.compile(r"^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$")


@total_ordering
class Version:
    __slots__ = ("major", "minor", "patch", "pre")

    def __init__(self, major: int, minor: int, patch: int, pre: tuple[str, ...] = ()) -> None:
        self.major, self.minor, self.patch, self.pre = major, minor, patch, pre

    @classmethod
    def parse(cls, text: str) -> "Version":
        m = SEMVER_RE.match(text.strip())
        if not m:
            raise ValueError(f"not a semantic version: {text!r}")
        pre = tuple(m.group(4).split(".")) if m.group(4) else ()
        return cls(int(m.group(1)), int(m.group(2)), int(m.group(3)), pre)

    def _key(self) -> tuple:
        pre_key = tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in self.pre)
        return (self.major, self.minor, self.patch, 0 if self.pre else 1, pre_key)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Version) and self._key() == other._key()

    def __lt__(self, other: "Version") -> bool:
        return self._key() < other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __str__(self) -> str:
        base = f"{self.major}.{self.minor}.{self.patch}"
        return base + ("-" + ".".join(self.pre) if self.pre else "")


def satisfies(version: Version, constraint: str) -> bool:
    if constraint.startswith("^"):
        low = Version.parse(constraint[1:])
        return low <= version and version.major == low.major and not version.pre
    if constraint.startswith("~"):
        low = Version.parse(constraint[1:])
        return low <= version and (version.major, version.minor) == (low.major, low.minor)
    return version == Version.parse(constraint)


def best_match(available: list[str], constraint: str) -> str | None:
    matches = [v for v in map(Version.parse, available) if satisfies(v, constraint)]
    return str(max(matches)) if matches else None


if __name__ == "__main__":
    versions = ["1.2.3", "1.4.0", "1.4.1-beta.2", "2.0.0", "1.10.0"]
    print(best_match(versions, "^1.2.0"), best_match(versions, "~1.4.0"), sorted(map(Version.parse, versions))[0])
