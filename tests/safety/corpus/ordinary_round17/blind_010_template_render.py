"""Render user-supplied message templates with string.Template."""
from string import Template


class MissingFieldsError(ValueError):
    pass


def template_fields(template_text: str) -> list[str]:
    """List the placeholder names used by a template."""
    return Template(template_text).get_identifiers()


def render(template_text: str, values: dict, strict: bool = True) -> str:
    """Fill $name / ${name} placeholders from *values*."""
    tmpl = Template(template_text)
    if not tmpl.is_valid():
        raise ValueError("template contains invalid placeholders")
    missing = [name for name in tmpl.get_identifiers() if name not in values]
    if missing and strict:
        raise MissingFieldsError(f"missing values for: {', '.join(missing)}")
    return tmpl.safe_substitute(values)


def render_many(template_text: str, rows: list[dict]) -> list[str]:
    return [render(template_text, row, strict=False) for row in rows]


if __name__ == "__main__":
    t = "Hi $name, your order ${order_id} ships on $date. Cost: $$${total}"
    print(template_fields(t))
    print(render(t, {"name": "Ana", "order_id": 42, "date": "Mon", "total": "9.99"}))
    try:
        render(t, {"name": "Bo"})
    except MissingFieldsError as exc:
        print("error:", exc)
    print(render_many("Dear $who", [{"who": "Cy"}, {}]))
