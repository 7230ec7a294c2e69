"""Mail-merge using string.Template with caller-supplied templates."""
from string import Template
from datetime import date


class EmailTemplate(Template):
    delimiter = "%"


DEFAULTS = {"sender": "The Team", "today": date(2024, 1, 1).strftime("%d %B %Y")}


def merge(template_text: str, recipients: list[dict], use_percent: bool = False) -> list[dict]:
    cls = EmailTemplate if use_percent else Template
    tpl = cls(template_text)
    if not tpl.is_valid():
        raise ValueError("template contains invalid placeholders")
    needed = set(tpl.get_identifiers())
    out = []
    for r in recipients:
        ctx = {**DEFAULTS, **r}
        missing = needed - ctx.keys()
        out.append({
            "to": r.get("email", "?"),
            "body": tpl.safe_substitute(ctx),
            "missing": sorted(missing),
        })
    return out


if __name__ == "__main__":
    body = "Hello $first,\n\nYour balance is $$${balance}. Due: $due.\n\n-- $sender ($today)"
    people = [{"first": "Ann", "email": "ann@ex.com", "balance": "12.00", "due": "Friday"},
              {"first": "Bob", "email": "bob@ex.com", "balance": "3.50"}]
    for m in merge(body, people):
        print(m["to"], m["missing"])
        print(m["body"])
        print("---")
    print(merge("Hi %name, you owe %amount", [{"name": "Cy", "amount": "5"}], use_percent=True)[0]["body"])
