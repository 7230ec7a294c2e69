# family: ordinary, blind round 63 (semantic version value type as a tuple subclass)
import re


class Version(tuple):
    _RE = re.compile(r"^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$")

    def __new__(cls, major, minor=0, patch=0, pre=None):
        return super().__new__(cls, (major, minor, patch, pre))

    @classmethod
    def parse(cls, text):
        m = cls._RE.match(text.strip())
        if not m:
            raise ValueError(f"invalid version string: {text!r}")
        major, minor, patch, pre = m.groups()
        return cls(int(major), int(minor), int(patch), pre)

    major = property(lambda self: self[0])
    minor = property(lambda self: self[1])
    patch = property(lambda self: self[2])
    pre = property(lambda self: self[3])

    def _key(self):
        # A release (no prerelease tag) sorts after any prerelease of the same version.
        return (self[0], self[1], self[2], self.pre is None, self.pre or "")

    def __lt__(self, other):
        return self._key() < other._key()

    def __le__(self, other):
        return self._key() <= other._key()

    def __gt__(self, other):
        return self._key() > other._key()

    def __ge__(self, other):
        return self._key() >= other._key()

    def bump(self, part):
        if part == "major":
            return Version(self.major + 1)
        if part == "minor":
            return Version(self.major, self.minor + 1)
        if part == "patch":
            return Version(self.major, self.minor, self.patch + 1)
        raise ValueError(f"unknown part {part!r}")

    def compatible_with(self, other):
        return self.major == other.major and self >= other

    def __str__(self):
        base = f"{self.major}.{self.minor}.{self.patch}"
        return f"{base}-{self.pre}" if self.pre else base

    def __repr__(self):
        return f"Version('{self}')"


if __name__ == "__main__":
    versions = [Version.parse(v) for v in ["1.10.0", "1.2.3", "v2.0.0-rc.1", "2.0.0", "1.2.3-alpha"]]
    print(sorted(versions))
    print(max(versions), Version.parse("1.2.3").bump("minor"), Version(1, 4).bump("major"))
    print(Version.parse("1.9.0").compatible_with(Version.parse("1.2.3")))
    print(Version.parse("1.2.3") == (1, 2, 3, None), len({Version(1), Version.parse("1.0.0")}))
    try:
        Version.parse("1.2")
    except ValueError as exc:
        print("error:", exc)
