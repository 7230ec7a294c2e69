# family: ordinary, blind round 62 (mail-merge with str.format, Template and html escaping)
import html
from string import Template

SUBJECT = "Your order #{order_id} ({items} items) has shipped"
BODY_TXT = """Hi {name},

Good news! Order #{order_id} totalling {total:,.2f} {currency} left our warehouse on {date}.
Tracking: {tracking:>12}
"""
BODY_HTML = Template("<p>Hi $name,</p><p>Order <b>#$order_id</b> is on its way. $note</p>")
CUSTOMERS = [
    {"name": "Ana", "order_id": 1042, "items": 3, "total": 1234.5, "currency": "EUR",
     "date": "2024-06-01", "tracking": "ZX991"},
    {"name": "Bob <admin>", "order_id": 1043, "items": 1, "total": 19.99, "currency": "USD",
     "date": "2024-06-02", "tracking": "QQ12345678"},
    {"name": "Cy", "order_id": 1044, "items": 2},
]
SENT = []


def render(c):
    try:
        subject = SUBJECT.format(**c)
        text = BODY_TXT.format(**c)
    except KeyError as exc:
        raise ValueError(f"customer {c.get('name')!r} missing field {exc.args[0]!r}") from exc
    safe = {k: html.escape(str(v)) for k, v in c.items()}
    page = BODY_HTML.safe_substitute(safe)
    return subject, text, page


def send_all(customers, outbox=SENT):
    failures = []
    for c in customers:
        try:
            msg = render(c)
        except ValueError as e:
            failures.append(str(e))
        else:
            outbox.append(msg)
    return failures


if __name__ == "__main__":
    errs = send_all(CUSTOMERS)
    for subject, text, page in SENT:
        print("Subject:", subject)
        print(text)
        print(page)
        print("-" * 40)
    print("failures:", errs)
