"""Render e-mail style messages from string.Template templates."""
from string import Template

TEMPLATES = {
    "welcome": Template("Hi $name,\n\nWelcome to $product! Your username is ${username}.\n\n-- The $product team"),
    "reminder": Template("Dear $name, your invoice $invoice for $$${amount} is due on $due."),
    "reset": Template("Hello $name, use code $code to reset your password. It expires in $minutes minutes."),
}


class MissingFieldsError(KeyError):
    def __init__(self, template: str, missing: list[str]) -> None:
        super().__init__(f"template {template!r} is missing fields: {', '.join(missing)}")
        self.missing = missing


def placeholders(tmpl: Template) -> list[str]:
    names = []
    for m in tmpl.pattern.finditer(tmpl.template):
        name = m.group("named") or m.group("braced")
        if name and name not in names:
            names.append(name)
    return names


def render(template_name: str, fields: dict[str, str], strict: bool = True) -> dict:
    if template_name not in TEMPLATES:
        raise ValueError(f"unknown template {template_name!r}; choose from {sorted(TEMPLATES)}")
    tmpl = TEMPLATES[template_name]
    needed = placeholders(tmpl)
    missing = [n for n in needed if n not in fields]
    if strict and missing:
        raise MissingFieldsError(template_name, missing)
    text = tmpl.substitute(fields) if strict else tmpl.safe_substitute(fields)
    return {"template": template_name, "fields": needed, "missing": missing, "text": text}


if __name__ == "__main__":
    print(render("welcome", {"name": "Ada", "product": "Notely", "username": "ada"})["text"])
    print(render("reminder", {"name": "Bob", "invoice": "#42", "amount": "99.50"}, strict=False))
