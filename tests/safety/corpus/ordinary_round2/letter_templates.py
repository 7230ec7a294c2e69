# ordinary: fill customer notification templates with string.Template and report missing fields
import re
from string import Template

TEMPLATES = {
    "shipped": Template(
        "Hi $first_name,\n\nYour order #$order_id shipped on $ship_date via $carrier.\n"
        "Tracking: $tracking\n\nThanks for shopping with ${store}!"
    ),
    "refund": Template(
        "Dear $first_name $last_name,\n\nWe refunded $$${amount} for order #$order_id.\n"
        "It may take $days business days to appear."
    ),
}
_PLACEHOLDER = re.compile(r"\$(?:(\w+)|\{(\w+)\})")


def placeholders(template: Template) -> set[str]:
    return {a or b for a, b in _PLACEHOLDER.findall(template.template.replace("$$", ""))}


def render(kind: str, context: dict, strict: bool = True) -> str:
    try:
        template = TEMPLATES[kind]
    except KeyError:
        raise ValueError(f"unknown template {kind!r}; choose from {sorted(TEMPLATES)}") from None
    if strict:
        missing = placeholders(template) - context.keys()
        if missing:
            raise KeyError(f"missing fields for {kind!r}: {', '.join(sorted(missing))}")
        return template.substitute(context)
    return template.safe_substitute(context)


if __name__ == "__main__":
    ctx = {"first_name": "Maya", "order_id": 10452, "ship_date": "2024-05-02",
           "carrier": "UPS", "tracking": "1Z999", "store": "Acme"}
    print(render("shipped", ctx))
    print()
    print(render("refund", {"first_name": "Maya", "amount": "19.99", "order_id": 10452}, strict=False))
    try:
        render("refund", ctx)
    except KeyError as exc:
        print("error:", exc)
