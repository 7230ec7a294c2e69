# ordinary: fill user-supplied message templates, leaving unknown {placeholders} untouched
import re
from typing import Mapping


class SafeDict(dict):
    """dict that returns the placeholder itself for missing keys."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(template: str, values: Mapping[str, object]) -> str:
    return template.format_map(SafeDict(values))


def placeholders(template: str) -> list[str]:
    return re.findall(r"{(\w+)(?:[:!][^}]*)?}", template)


def check_template(template: str, allowed: set[str]) -> list[str]:
    return [name for name in placeholders(template) if name not in allowed]


MESSAGES = {
    "welcome": "Hi {first_name}, welcome to {product}! Your trial ends on {trial_end}.",
    "invoice": "Invoice {number} for {amount:,.2f} {currency} is due {due}.",
}

if __name__ == "__main__":
    ctx = {"first_name": "Omar", "product": "Acme Cloud", "number": "INV-7", "amount": 1234.5, "currency": "EUR"}
    for key, template in MESSAGES.items():
        print(fill(template, ctx))
        missing = [p for p in placeholders(template) if p not in ctx]
        if missing:
            print("  (missing:", ", ".join(missing) + ")")
    print(check_template("Dear {name}, your code is {code}", {"name"}))
