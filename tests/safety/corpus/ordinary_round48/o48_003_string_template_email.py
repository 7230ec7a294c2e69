# family: ordinary, blind round 48 (string.Template email renderer)
from string import Template
from datetime import date

EMAIL_TEMPLATE = Template("""\
Subject: Your order $$${total} has shipped

Hi $first_name,

Good news! Order #$order_id shipped on $ship_date via $carrier.
Tracking number: $tracking

Items:
$items

Thanks for shopping with ${store}!
""")


class SafeDict(dict):
    def __missing__(self, key):
        return "{" + key + "}"


def render_items(items):
    lines = []
    for name, qty, price in items:
        lines.append(f"  - {qty} x {name} @ ${price:.2f}")
    return "\n".join(lines)


def render_email(customer, order):
    total = sum(q * p for _, q, p in order["items"])
    context = {
        "first_name": customer["name"].split()[0],
        "order_id": order["id"],
        "ship_date": order["shipped"].strftime("%B %d, %Y"),
        "carrier": order.get("carrier", "standard post"),
        "tracking": order.get("tracking", "n/a"),
        "items": render_items(order["items"]),
        "total": f"{total:.2f}",
    }
    # safe_substitute leaves $store alone if we forgot it
    return EMAIL_TEMPLATE.safe_substitute(context)


if __name__ == "__main__":
    customer = {"name": "Maria Gonzalez", "email": "maria@example.com"}
    order = {
        "id": 10442,
        "shipped": date(2024, 3, 14),
        "carrier": "UPS",
        "tracking": "1Z999AA10123456784",
        "items": [("Blue mug", 2, 8.5), ("Tea sampler", 1, 19.99)],
    }
    print(render_email(customer, order))
    print("{greeting}, {name}!".format_map(SafeDict(greeting="Hello")))
