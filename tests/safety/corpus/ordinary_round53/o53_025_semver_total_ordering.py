# family: ordinary, blind round 53 (total_ordering semantic version)
import functools
import re

SEMVER = re.compile(r"^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$")


@functools.total_ordering
class SemVer:
    __slots__ = ("major", "minor", "patch", "pre")

    def __init__(self, text):
        m = SEMVER.match(text.strip())
        if not m:
            raise ValueError(f"not a semantic version: {text!r}")
        self.major, self.minor, self.patch = map(int, m.group(1, 2, 3))
        self.pre = tuple(m.group(4).split(".")) if m.group(4) else ()

    @staticmethod
    def _pre_key(pre):
        # a release without prerelease ranks higher than one with
        if not pre:
            return (1,)
        return (0, *[(0, int(p), "") if p.isdigit() else (1, 0, p) for p in pre])

    def _key(self):
        return (self.major, self.minor, self.patch, self._pre_key(self.pre))

    def __eq__(self, other):
        if not isinstance(other, SemVer):
            return NotImplemented
        return self._key() == other._key()

    def __lt__(self, other):
        if not isinstance(other, SemVer):
            return NotImplemented
        return self._key() < other._key()

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        s = f"{self.major}.{self.minor}.{self.patch}"
        return s + ("-" + ".".join(self.pre) if self.pre else "")


if __name__ == "__main__":
    raw = ["1.0.0", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-beta.11", "1.0.0-beta.2",
           "1.0.0-rc.1", "0.9.12", "v1.0.0+build.5", "1.0.0-alpha.beta"]
    versions = sorted(SemVer(v) for v in raw)
    print(" < ".join(map(repr, versions)))
    a, b = SemVer("2.1.0"), SemVer("2.0.9")
    print(a > b, a >= b, a <= b, b != a)
    print("unique:", len(set(versions)))
    print("latest stable:", max(v for v in versions if not v.pre))
