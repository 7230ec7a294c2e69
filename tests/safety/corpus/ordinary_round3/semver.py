# ordinary: semantic version parsing, comparison and bumping
import re
from functools import total_ordering

SEMVER = re.compile(
    r"^v?(?P<major>0|[1-9]\d*)\.(?P<minor>0|[1-9]\d*)\.(?P<patch>0|[1-9]\d*)"
    r"(?:-(?P<pre>[0-9A-Za-z.-]+))?(?:\+(?P<build>[0-9A-Za-z.-]+))?$"
)


@total_ordering
class Version:
    def __init__(self, major, minor=0, patch=0, pre=None, build=None):
        self.major, self.minor, self.patch = int(major), int(minor), int(patch)
        self.pre, self.build = pre, build

    @classmethod
    def parse(cls, text):
        match = SEMVER.match(text.strip())
        if not match:
            raise ValueError(f"invalid semantic version: {text!r}")
        return cls(**match.groupdict())

    def _key(self):
        if self.pre is None:
            pre_key = (1,)
        else:
            pre_key = (0,) + tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in self.pre.split("."))
        return (self.major, self.minor, self.patch, pre_key)

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
            return type(self)(self.major + 1)
        if part == "minor":
            return type(self)(self.major, self.minor + 1)
        if part == "patch":
            return type(self)(self.major, self.minor, self.patch + 1)
        raise ValueError(f"unknown part {part!r}")

    def __str__(self):
        text = f"{self.major}.{self.minor}.{self.patch}"
        if self.pre:
            text += f"-{self.pre}"
        if self.build:
            text += f"+{self.build}"
        return text

    def __repr__(self):
        return f"Version({str(self)!r})"


if __name__ == "__main__":
    versions = [Version.parse(v) for v in ["1.0.0", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-beta.11",
                                              "1.0.0-beta.2", "0.9.12", "v2.1.3+build.5", "1.0.0-rc.1"]]
    print([str(v) for v in sorted(versions)])
    print(max(versions), Version.parse("1.2.3").bump("minor"), Version.parse("1.0.0+a") == Version.parse("1.0.0"))
