"""Render simple notification emails from string.Template templates."""
from string import Template

TEMPLATES: dict[str, str] = {
    "welcome": "Hi $name,\n\nWelcome to $product! Your username is $username.\n\n-- The $product team",
    "reminder": "Hi $name,\n\nThis is a reminder that your invoice #$invoice_id of $amount is due on $due_date.",
}


class TemplateError(KeyError):
    """Raised when a template name is unknown or a field is missing."""


def render(template_name: str, context: dict[str, object], strict: bool = True) -> str:
    """Fill the named template with values from ``context``.

    With ``strict=False`` missing placeholders are left untouched.
    """
    try:
        raw = TEMPLATES[template_name]
    except KeyError:
        raise TemplateError(f"unknown template: {template_name}") from None
    tpl = Template(raw)
    if not strict:
        return tpl.safe_substitute(context)
    try:
        return tpl.substitute(context)
    except KeyError as exc:
        raise TemplateError(f"missing field {exc.args[0]!r} for {template_name}") from None


def required_fields(template_name: str) -> list[str]:
    """List the placeholder names used by a template."""
    tpl = Template(TEMPLATES[template_name])
    return sorted(set(tpl.get_identifiers()))


if __name__ == "__main__":
    print(render("welcome", {"name": "Ada", "product": "Widgets", "username": "ada42"}))
    print()
    print(render("reminder", {"name": "Bob", "invoice_id": 1001}, strict=False))
    print(required_fields("reminder"))
    try:
        render("reminder", {"name": "Bob"})
    except TemplateError as err:
        print("error:", err)
