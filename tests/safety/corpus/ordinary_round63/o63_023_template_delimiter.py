# family: ordinary, blind round 63 (string.Template subclass with a custom delimiter)
import string


class PercentTemplate(string.Template):
    """Template using %name or %{name} placeholders; dots allowed in names."""

    delimiter = "%"
    idpattern = r"[a-z][_a-z0-9]*(?:\.[a-z][_a-z0-9]*)*"


class MailMerge:
    def __init__(self, template_text):
        self.template = PercentTemplate(template_text)

    @staticmethod
    def _flatten(data, prefix=""):
        flat = {}
        for key, value in data.items():
            full = f"{prefix}.{key}" if prefix else key
            if isinstance(value, dict):
                flat.update(MailMerge._flatten(value, full))
            else:
                flat[full] = value
        return flat

    def placeholders(self):
        return sorted(set(self.template.get_identifiers()))

    def render(self, data, strict=True):
        flat = self._flatten(data)
        if strict:
            return self.template.substitute(flat)
        return self.template.safe_substitute(flat)


if __name__ == "__main__":
    merge = MailMerge(
        "Hi %{user.first},\n"
        "Your order %order.id ships on %order.date. Discount: 15%%.\n"
        "Questions? Contact %support."
    )
    print(merge.placeholders())
    data = {"user": {"first": "Lin"}, "order": {"id": "A-1009", "date": "May 3"}, "support": "help@shop.test"}
    print(merge.render(data))
    partial = {"user": {"first": "Sam"}}
    print(merge.render(partial, strict=False))
    try:
        merge.render(partial)
    except KeyError as exc:
        print("missing placeholder:", exc)
