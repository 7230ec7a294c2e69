# family: ordinary, blind round 59 (semantic version parsing and comparison)
import re
from functools import total_ordering
from typing import Optional, Tuple

SEMVER_RE = re.compile(
    r"^v?(?P<major>0|[1-9]\d*)\.(?P<minor>0|[1-9]\d*)\.(?P<patch>0|[1-9]\d*)"
    r"(?:-(?P<pre>[0-9A-Za-z.-]+))?(?:\+(?P<build>[0-9A-Za-z.-]+))?$"
)


@total_ordering
class Version:
    def __init__(self, text: str):
        m = SEMVER_RE.match(text.strip())
        if not m:
            raise ValueError(f"not a semantic version: {text!r}")
        self.major, self.minor, self.patch = (int(m[g]) for g in ("major", "minor", "patch"))
        self.pre: Optional[str] = m["pre"]
        self.build: Optional[str] = m["build"]

    def _pre_key(self) -> Tuple:
        if self.pre is None:
            return (1,)
        parts = []
        for ident in self.pre.split("."):
            parts.append((0, int(ident), "") if ident.isdigit() else (1, 0, ident))
        return (0, tuple(parts))

    def _key(self):
        return (self.major, self.minor, self.patch, self._pre_key())

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() == other._key()

    def __lt__(self, other: "Version") -> bool:
        return self._key() < other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        s = f"{self.major}.{self.minor}.{self.patch}"
        if self.pre:
            s += f"-{self.pre}"
        if self.build:
            s += f"+{self.build}"
        return f"Version('{s}')"

    def bump(self, part: str) -> "Version":
        if part == "major":
            return Version(f"{self.major + 1}.0.0")
        if part == "minor":
            return Version(f"{self.major}.{self.minor + 1}.0")
        return Version(f"{self.major}.{self.minor}.{self.patch + 1}")


if __name__ == "__main__":
    raw = ["1.0.0", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-beta.11", "1.0.0-beta.2",
           "0.9.12", "v2.1.0+build.7", "1.0.0-rc.1", "2.1.0"]
    versions = sorted(Version(v) for v in raw)
    print(versions)
    print("unique:", len(set(versions)), "of", len(versions))
    print("latest:", max(versions), "-> next minor:", max(versions).bump("minor"))
