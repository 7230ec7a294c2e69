"""Mail-merge with string.Template and message tables."""
from string import Template
from dataclasses import dataclass


MESSAGES: tuple[tuple[str, str], ...] = (
    ("welcome", "Hello $name, welcome to $product!"),
    ("reminder", "Hi $name, your trial of $product ends in $days days."),
    ("farewell", "Goodbye $name. We hope to see you again at $product."),
)


@dataclass
class Recipient:
    name: str
    product: str
    days: int = 0


class Mailer:
    SUBJECT = Template("[$product] message for $name")

    def __init__(self, table: tuple[tuple[str, str], ...] = MESSAGES) -> None:
        self.templates: dict[str, Template] = {}
        for key, text in table:
            self.templates[key] = Template(text)

    def compose(self, kind: str, who: Recipient) -> tuple[str, str]:
        mapping = {"name": who.name, "product": who.product, "days": str(who.days)}
        body = self.templates[kind].safe_substitute(mapping)
        subject = self.SUBJECT.substitute(mapping)
        return subject, body


def merge(kind: str, people: list[dict[str, object]]) -> list[str]:
    """Entry point: compose one message per recipient."""
    mailer = Mailer()
    if kind not in mailer.templates:
        raise KeyError(f"unknown message kind {kind!r}")
    out: list[str] = []
    for p in people:
        who = Recipient(str(p["name"]), str(p.get("product", "Widget")), int(p.get("days", 0)))
        subject, body = mailer.compose(kind, who)
        out.append(f"{subject}\n{body}")
    return out
