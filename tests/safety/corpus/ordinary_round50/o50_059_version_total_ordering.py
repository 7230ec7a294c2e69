# family: ordinary, blind round 50 (functools.total_ordering version numbers)
import re
from functools import total_ordering

_PATTERN = re.compile(r"^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?$")


@total_ordering
class Version:
    """Semantic-ish version: MAJOR.MINOR.PATCH[-prerelease]. Pre-releases sort before releases."""

    def __init__(self, text):
        m = _PATTERN.match(text.strip())
        if not m:
            raise ValueError(f"not a version: {text!r}")
        self.major, self.minor, self.patch = (int(g or 0) for g in m.groups()[:3])
        self.pre = m.group(4)

    def _pre_key(self):
        if self.pre is None:
            return (1,)
        parts = tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in self.pre.split("."))
        return (0, parts)

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
            return Version(f"{self.major + 1}.0.0")
        if part == "minor":
            return Version(f"{self.major}.{self.minor + 1}.0")
        return Version(f"{self.major}.{self.minor}.{self.patch + 1}")

    def __repr__(self):
        return f"{self.major}.{self.minor}.{self.patch}" + (f"-{self.pre}" if self.pre else "")


if __name__ == "__main__":
    versions = [Version(v) for v in ["1.10.0", "1.2", "v1.2.0-rc.1", "1.2.0-beta", "2.0.0", "1.2.0", "0.9.12", "1.2.0-rc.2"]]
    print("sorted:", sorted(versions))
    print("latest:", max(versions), "| 1.2 == 1.2.0:", Version("1.2") == Version("1.2.0"))
    print("1.9 >= 1.10:", Version("1.9") >= Version("1.10"))
    print("bumps of 1.4.7:", [Version("1.4.7").bump(p) for p in ("patch", "minor", "major")])
    print("unique:", len({Version("1.0"), Version("1.0.0"), Version("v1")}))
