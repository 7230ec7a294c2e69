"""Format records with a caller-supplied format template (e.g. for exports/labels)."""

import string
from collections.abc import Mapping
from typing import Any


class _SafeDict(dict):
    """Leaves unknown placeholders visible instead of raising KeyError."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def template_fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def format_records(template: str, records: list[Mapping[str, Any]], strict: bool = False) -> list[str]:
    """Render each record using a template such as '{name:<10} {price:>8.2f}'."""
    fields = template_fields(template)
    bad = [f for f in fields if not f.isidentifier()]
    if bad:
        raise ValueError(f"only plain field names are allowed, got {bad}")
    lines = []
    for record in records:
        if strict:
            missing = fields - record.keys()
            if missing:
                raise KeyError(f"record missing {sorted(missing)}")
            lines.append(template.format(**record))
        else:
            lines.append(template.format_map(_SafeDict(record)))
    return lines


if __name__ == "__main__":
    rows = [{"name": "apple", "price": 0.5, "qty": 10}, {"name": "melon", "price": 3.25, "qty": 2}]
    print("\n".join(format_records("{name:<8}|{price:>7.2f}|{qty:>4}", rows)))
    print(format_records("{name} costs {price} ({currency})", rows))
