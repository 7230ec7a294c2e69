"""Render caller-supplied message templates with str.format_map and a forgiving mapping."""
import string


class SafeDict(dict):
    """Leaves unknown placeholders in place instead of raising KeyError."""

    def __missing__(self, key):
        return "{" + key + "}"


def placeholders(template: str) -> list:
    names = []
    for _, field_name, _, _ in string.Formatter().parse(template):
        if field_name is not None and field_name not in names:
            names.append(field_name)
    return names


def render(template: str, values: dict, strict: bool = False) -> dict:
    """Fill {name} placeholders from values. In strict mode, report missing names."""
    needed = placeholders(template)
    missing = [n for n in needed if n and n.split(".")[0].split("[")[0] not in values]
    if strict and missing:
        return {"ok": False, "missing": missing}
    text = template.format_map(SafeDict(values))
    return {"ok": True, "text": text, "missing": missing}


def render_many(template: str, rows: list) -> list:
    return [render(template, row)["text"] for row in rows]


if __name__ == "__main__":
    t = "Dear {name}, your balance is {balance:,.2f} {currency}. Ref {ref}"
    print(render(t, {"name": "Sam", "balance": 1234.5, "currency": "EUR"}))
    print(render(t, {"name": "Sam"}, strict=True))
    print(render_many("{user}-{id:03d}", [{"user": "a", "id": 7}, {"user": "b", "id": 12}]))
    print(placeholders(t))
