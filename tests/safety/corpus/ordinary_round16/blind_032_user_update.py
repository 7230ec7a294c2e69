"""Apply partial updates to a user profile, only for allow-listed fields."""
from dataclasses import dataclass, field, asdict

EDITABLE = {"display_name", "bio", "timezone", "language", "newsletter"}
VALIDATORS = {
    "display_name": lambda v: isinstance(v, str) and 1 <= len(v) <= 40,
    "bio": lambda v: isinstance(v, str) and len(v) <= 280,
    "timezone": lambda v: isinstance(v, str) and "/" in v,
    "language": lambda v: v in {"en", "de", "fr", "es", "ja"},
    "newsletter": lambda v: isinstance(v, bool),
}


@dataclass
class UserProfile:
    user_id: int
    display_name: str
    bio: str = ""
    timezone: str = "UTC/UTC"
    language: str = "en"
    newsletter: bool = False
    is_admin: bool = False
    audit: list = field(default_factory=list)


def apply_update(profile: UserProfile, changes: dict) -> dict:
    """Validate and apply ``changes``; returns a report of what changed."""
    applied, rejected = {}, {}
    for name, value in changes.items():
        if name not in EDITABLE:
            rejected[name] = "field is not editable"
            continue
        if not VALIDATORS[name](value):
            rejected[name] = f"invalid value {value!r}"
            continue
        old = getattr(profile, name)
        if old != value:
            setattr(profile, name, value)
            applied[name] = {"from": old, "to": value}
    if applied:
        profile.audit.append(sorted(applied))
    return {"applied": applied, "rejected": rejected}


if __name__ == "__main__":
    p = UserProfile(1, "ada")
    print(apply_update(p, {"display_name": "Ada L.", "language": "fr", "is_admin": True,
                           "bio": "x" * 300, "newsletter": True}))
    print(asdict(p))
