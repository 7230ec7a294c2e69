"""Mail-merge using string.Template ($name placeholders) with per-field defaults."""
from string import Template
import textwrap


class MailTemplate(Template):
    delimiter = "$"
    idpattern = r"[a-z][a-z0-9_]*"


def mail_merge(template: str, recipients: list, defaults: dict = None, width: int = 60) -> list:
    """Substitute each recipient's fields into the template; wrap paragraphs to width."""
    tpl = MailTemplate(template)
    defaults = defaults or {}
    out = []
    for r in recipients:
        values = {**defaults, **{k: str(v) for k, v in r.items()}}
        body = tpl.safe_substitute(values)
        paragraphs = [textwrap.fill(p, width) for p in body.split("\n\n")]
        unresolved = sorted({m.group("named") for m in tpl.pattern.finditer(body)
                             if m.group("named")})
        out.append({"to": r.get("email", "?"), "body": "\n\n".join(paragraphs),
                    "unresolved": unresolved})
    return out


if __name__ == "__main__":
    tpl = ("Hello $first_name,\n\nThanks for ordering $item. It ships on $ship_date "
           "and costs $$${price}. Contact $agent if anything is wrong.")
    for m in mail_merge(tpl, [{"first_name": "Lee", "item": "a lamp", "price": "19.99",
                               "email": "lee@example.com"},
                              {"first_name": "Kim", "item": "a desk", "email": "k@example.com"}],
                        defaults={"ship_date": "Monday"}):
        print(m["to"], m["unresolved"])
        print(m["body"])
