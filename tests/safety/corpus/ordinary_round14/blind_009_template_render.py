"""Render caller-supplied string.Template templates over a list of records."""
from string import Template


class TemplateRenderError(Exception):
    pass


def render_one(template: str, values: dict, strict: bool = True) -> str:
    tpl = Template(template)
    try:
        return tpl.substitute(values) if strict else tpl.safe_substitute(values)
    except KeyError as exc:
        raise TemplateRenderError(f"missing placeholder value: {exc.args[0]}") from None
    except ValueError as exc:
        raise TemplateRenderError(f"malformed template: {exc}") from None


def placeholders(template: str) -> list[str]:
    """List identifiers used in the template (in order, unique)."""
    names = []
    for match in Template.pattern.finditer(template):
        name = match.group("named") or match.group("braced")
        if name and name not in names:
            names.append(name)
    return names


def mail_merge(template: str, records: list[dict], defaults: dict | None = None) -> list[dict]:
    defaults = defaults or {}
    required = placeholders(template)
    out = []
    for i, rec in enumerate(records):
        values = {**defaults, **rec}
        missing = [n for n in required if n not in values]
        if missing:
            out.append({"index": i, "ok": False, "missing": missing})
            continue
        out.append({"index": i, "ok": True, "text": render_one(template, values)})
    return out


if __name__ == "__main__":
    tpl = "Dear $name,\nyour order #${order_id} ships on $date. Cost: $$${total}\n-- $signature"
    print(placeholders(tpl))
    for r in mail_merge(tpl, [
        {"name": "Ann", "order_id": 17, "date": "Mon", "total": "9.99"},
        {"name": "Bo", "date": "Tue"},
    ], defaults={"signature": "The Shop"}):
        print(r)
