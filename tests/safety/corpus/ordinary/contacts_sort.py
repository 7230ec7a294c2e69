from dataclasses import dataclass, field
from operator import attrgetter, itemgetter
from pprint import pformat


@dataclass(order=True)
class Contact:
    last: str
    first: str
    email: str = field(default="", compare=False)
    tags: list[str] = field(default_factory=list, compare=False)

    @property
    def display(self) -> str:
        return f"{self.first} {self.last}".strip()


def sort_contacts(rows: list[dict], by: str = "name", descending: bool = False) -> list[str]:
    """Sort contacts by name, email or number of tags."""
    contacts = [Contact(r.get("last", ""), r.get("first", ""), r.get("email", ""), r.get("tags", [])) for r in rows]
    keys = {
        "name": attrgetter("last", "first"),
        "email": attrgetter("email"),
        "tags": lambda c: len(c.tags),
    }
    if by not in keys:
        raise ValueError(f"cannot sort by {by!r}; choose one of {sorted(keys)}")
    ordered = sorted(contacts, key=keys[by], reverse=descending)
    return [c.display for c in ordered]


def group_by_tag(rows: list[dict]) -> str:
    groups: dict[str, list[str]] = {}
    for row in sorted(rows, key=itemgetter("last")):
        for tag in row.get("tags", []) or ["untagged"]:
            groups.setdefault(tag, []).append(row["last"])
    return pformat(groups, width=60, sort_dicts=True)
