"""Fill letter templates with string.Template, reporting missing placeholders."""

import re
from string import Template

PLACEHOLDER = re.compile(r"\$(?:\{(\w+)\}|(\w+))")
DEFAULT_TEMPLATE = """Dear $name,

Your subscription to ${plan} renews on $date for $amount.

Regards,
$sender"""


def placeholders(template: str) -> list[str]:
    names = []
    for braced, plain in PLACEHOLDER.findall(template):
        name = braced or plain
        if name not in names:
            names.append(name)
    return names


def fill(values: dict, template: str = DEFAULT_TEMPLATE, strict: bool = False) -> dict:
    """Substitute values into a $-template; in strict mode every placeholder must be given."""
    needed = placeholders(template)
    missing = [name for name in needed if name not in values]
    if strict and missing:
        raise KeyError(f"missing values for: {', '.join(missing)}")
    text = Template(template).safe_substitute(values)
    unused = sorted(set(values) - set(needed))
    return {"text": text, "missing": missing, "unused": unused}


def mail_merge(rows: list[dict], template: str = DEFAULT_TEMPLATE) -> list[str]:
    return [fill(row, template)["text"] for row in rows]
