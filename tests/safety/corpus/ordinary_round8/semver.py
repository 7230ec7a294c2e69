"""Parse and compare semantic version strings."""
import re
from functools import total_ordering

SEMVER_RE = re.compile(
    r"^v?(?P<major>0|[1-9]\d*)\.(?P<minor>0|[1-9]\d*)\.(?P<patch>0|[1-9]\d*)"
    r"(?:-(?P<pre>[0-9A-Za-z.-]+))?(?:\+(?P<build>[0-9A-Za-z.-]+))?$"
)


@total_ordering
class Version:
    __slots__ = ("major", "minor", "patch", "pre", "build")

    def __init__(self, text: str) -> None:
        m = SEMVER_RE.match(text.strip())
        if m is None:
            raise ValueError(f"not a semantic version: {text!r}")
        self.major, self.minor, self.patch = (int(m.group(k)) for k in ("major", "minor", "patch"))
        self.pre = tuple(m.group("pre").split(".")) if m.group("pre") else ()
        self.build = m.group("build") or ""

    def _key(self):
        pre_key = tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in self.pre)
        return (self.major, self.minor, self.patch, not self.pre, pre_key)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() == other._key()

    def __lt__(self, other: "Version") -> bool:
        return self._key() < other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __str__(self) -> str:
        s = f"{self.major}.{self.minor}.{self.patch}"
        if self.pre:
            s += "-" + ".".join(self.pre)
        return s + (f"+{self.build}" if self.build else "")

    def __repr__(self) -> str:
        return f"Version('{self}')"

    def bump(self, part: str) -> "Version":
        if part == "major":
            return Version(f"{self.major + 1}.0.0")
        if part == "minor":
            return Version(f"{self.major}.{self.minor + 1}.0")
        return Version(f"{self.major}.{self.minor}.{self.patch + 1}")


def compare_versions(versions: list[str], bump: str = "patch") -> dict:
    parsed = sorted(Version(v) for v in versions)
    return {
        "sorted": [str(v) for v in parsed],
        "latest": str(parsed[-1]),
        "next": str(parsed[-1].bump(bump)),
        "distinct": len(set(parsed)),
    }


if __name__ == "__main__":
    print(compare_versions(["1.0.0", "1.0.0-alpha", "1.0.0-alpha.1", "0.9.12", "v1.0.0+build5", "1.0.0-beta"]))
