import html
import textwrap

GREETING = "Hello {name},"
BODY = "Your order #{order_id} of {count} item(s) totalling {total:.2f} {currency} has shipped."
SIGNOFF = "Thanks,\n{shop}"


def render_email(name: str, order_id: int, items: list[dict], currency: str = "EUR", shop: str = "The Shop") -> dict:
    """Render a shipping notification as plain text and HTML."""
    total = sum(float(i["price"]) * int(i.get("quantity", 1)) for i in items)
    parts = [
        GREETING.format(name=name),
        textwrap.fill(BODY.format(order_id=order_id, count=len(items), total=total, currency=currency), width=72),
        SIGNOFF.format(shop=shop),
    ]
    text = "\n\n".join(parts)
    rows = "".join(
        "<tr><td>{}</td><td>{}</td></tr>".format(html.escape(i["name"]), i.get("quantity", 1)) for i in items
    )
    markup = "<p>{}</p><table>{}</table><p>{}</p>".format(
        html.escape(parts[0]), rows, html.escape(parts[2]).replace("\n", "<br>")
    )
    return {"text": text, "html": markup}


def render_template(template: str, values: dict) -> str:
    """Fill a caller-supplied template with plain fields."""
    return template.format(**values)
