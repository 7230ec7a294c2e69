# family: ordinary, blind round 61 (email template renderer)
import string
from dataclasses import asdict, dataclass

TEMPLATES = {
    "welcome": "Hi $first_name,\n\nWelcome to $product! Your plan: $plan.\n\n— The $product team",
    "invoice": "Dear $first_name $last_name,\nInvoice #$invoice_id for $$${amount} is due on $due_date.",
    "reset": "Hello $first_name, use code $code to reset your password. It expires in $minutes minutes.",
}


class TemplateRenderError(KeyError):
    pass


@dataclass
class RenderResult:
    template: str
    text: str
    missing: list[str]


def _placeholders(tpl: string.Template) -> set[str]:
    return {m.group("named") or m.group("braced") for m in tpl.pattern.finditer(tpl.template)
            if m.group("named") or m.group("braced")}


def render_template(name: str, context: dict[str, object], strict: bool = True) -> dict:
    """Render a named message template with string.Template substitution.

    Args:
        name: Template key (welcome, invoice, reset).
        context: Values for the placeholders.
        strict: Raise on missing fields; otherwise leave them as-is.
    """
    if name not in TEMPLATES:
        raise TemplateRenderError(f"no template named {name!r}; choose from {sorted(TEMPLATES)}")
    tpl = string.Template(TEMPLATES[name])
    missing = sorted(_placeholders(tpl) - context.keys())
    if strict and missing:
        raise TemplateRenderError(f"missing fields for {name!r}: {missing}")
    text = tpl.safe_substitute({k: str(v) for k, v in context.items()})
    return asdict(RenderResult(name, text, missing))


if __name__ == "__main__":
    print(render_template("welcome", {"first_name": "Ada", "product": "Acme Cloud", "plan": "Pro"})["text"])
    print(render_template("invoice", {"first_name": "Ada", "last_name": "L", "invoice_id": 1042,
                                      "amount": "99.00", "due_date": "2025-02-01"})["text"])
    print(render_template("reset", {"first_name": "Bo"}, strict=False))
    try:
        render_template("reset", {"first_name": "Bo"})
    except TemplateRenderError as exc:
        print("error:", exc)
