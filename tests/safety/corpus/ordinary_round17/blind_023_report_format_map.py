"""Fill caller-supplied report templates using str.format_map."""
import string


class DefaultingDict(dict):
    """Mapping that leaves unknown placeholders visible instead of failing."""

    def __missing__(self, key):
        return "{" + key + "}"


def placeholders(template: str) -> list[str]:
    """Names of the fields referenced by a format template."""
    names = []
    for _, field_name, _, _ in string.Formatter().parse(template):
        if field_name and field_name not in names:
            names.append(field_name)
    return names


def fill(template: str, data: dict, lenient: bool = True) -> str:
    """Render a template such as 'Total: {total:,.2f} for {customer}'."""
    if lenient:
        return template.format_map(DefaultingDict(data))
    return template.format(**data)


def render_table(rows: list[dict], row_template: str, header: str = "") -> str:
    lines = [header] if header else []
    lines.extend(fill(row_template, row) for row in rows)
    return "\n".join(lines)


if __name__ == "__main__":
    tmpl = "Invoice for {customer}: {total:>10,.2f} {currency} (due {due})"
    print(placeholders(tmpl))
    print(fill(tmpl, {"customer": "ACME", "total": 12345.678, "currency": "EUR", "due": "May 1"}))
    print(fill("Hello {name}, your code is {code}", {"name": "Ana"}))
    rows = [{"sku": "A1", "qty": 3, "price": 2.5}, {"sku": "B22", "qty": 10, "price": 0.99}]
    print(render_table(rows, "{sku:<6}{qty:>4} x {price:>6.2f}", header="SKU    QTY   PRICE"))
