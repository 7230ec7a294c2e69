"""Render caller-supplied message templates with str.format_map and safe defaults."""
import string


class SafeDict(dict):
    """Leaves unknown placeholders intact instead of raising KeyError."""

    def __missing__(self, key):
        return "{" + key + "}"


def placeholders(template: str) -> list[str]:
    return [field for _, field, _, _ in string.Formatter().parse(template) if field]


def render(template: str, values: dict, strict: bool = False) -> str:
    """Fill ``template`` (str.format syntax) from ``values``."""
    if strict:
        missing = [p for p in placeholders(template) if p.split(".")[0].split("[")[0] not in values]
        if missing:
            raise KeyError(f"missing values for: {missing}")
        return template.format(**values)
    return template.format_map(SafeDict(values))


def render_many(template: str, rows: list[dict]) -> list[str]:
    return [render(template, row) for row in rows]


if __name__ == "__main__":
    tpl = "Dear {name}, your order #{order:05d} of {total:.2f} {currency} ships on {date}."
    print(render(tpl, {"name": "Ann", "order": 42, "total": 19.5, "currency": "EUR", "date": "Mon"}))
    print(render("Hi {name}, code {code}", {"name": "Bob"}))
    print(placeholders(tpl))
    try:
        render(tpl, {"name": "x"}, strict=True)
    except KeyError as e:
        print("error:", e)
    for line in render_many("{user:<8}|{score:>5}", [{"user": "ann", "score": 10}, {"user": "bo", "score": 200}]):
        print(line)
