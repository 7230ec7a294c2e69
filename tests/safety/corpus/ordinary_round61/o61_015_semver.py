# family: ordinary, blind round 61 (semantic version comparison and bump)
import re
from dataclasses import dataclass, field
from functools import total_ordering

SEMVER_RE = re.compile(
    r"^v?(?P<major>0|[1-9]\d*)\.(?P<minor>0|[1-9]\d*)\.(?P<patch>0|[1-9]\d*)"
    r"(?:-(?P<pre>[0-9A-Za-z.-]+))?(?:\+(?P<build>[0-9A-Za-z.-]+))?$"
)


class InvalidVersion(ValueError):
    pass


def _pre_key(pre: tuple[str, ...]) -> tuple:
    if not pre:
        return (1,)
    return (0, *[(0, int(p), "") if p.isdigit() else (1, 0, p) for p in pre])


@total_ordering
@dataclass(frozen=True)
class Version:
    major: int
    minor: int
    patch: int
    pre: tuple[str, ...] = field(default=())

    @classmethod
    def parse(cls, text: str) -> "Version":
        if not (m := SEMVER_RE.match(text.strip())):
            raise InvalidVersion(f"not a semantic version: {text!r}")
        pre = tuple(m["pre"].split(".")) if m["pre"] else ()
        return cls(int(m["major"]), int(m["minor"]), int(m["patch"]), pre)

    def _key(self) -> tuple:
        return (self.major, self.minor, self.patch, _pre_key(self.pre))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Version) and self._key() == other._key()

    def __lt__(self, other: "Version") -> bool:
        return self._key() < other._key()

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}" + (f"-{'.'.join(self.pre)}" if self.pre else "")


def sort_versions(versions: list[str], bump: str = "patch") -> dict:
    """Sort semantic versions, report the latest, and suggest the next version."""
    parsed = sorted(Version.parse(v) for v in versions)
    latest = parsed[-1]
    bumps = {
        "major": Version(latest.major + 1, 0, 0),
        "minor": Version(latest.major, latest.minor + 1, 0),
        "patch": Version(latest.major, latest.minor, latest.patch + (0 if latest.pre else 1)),
    }
    if bump not in bumps:
        raise ValueError(f"bump must be one of {sorted(bumps)}")
    return {"sorted": [str(v) for v in parsed], "latest": str(latest),
            "latest_stable": next((str(v) for v in reversed(parsed) if not v.pre), None),
            "next": str(bumps[bump])}


if __name__ == "__main__":
    print(sort_versions(["1.2.0", "v1.10.0", "1.2.0-rc.1", "1.2.0-alpha", "0.9.9", "1.10.1-beta.2"], bump="minor"))
