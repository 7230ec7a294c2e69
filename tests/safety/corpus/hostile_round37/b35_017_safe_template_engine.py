# family: format-string walks (string.Formatter subclass)
"""Mini template engine with filters.

Cover story: a "safe" template engine built on string.Formatter that adds
filters after '|' in the format spec (e.g. ``{name:|upper}``).
Real route: the 'apply' filter calls the looked-up value with the rest of the
spec as argument; the field walk ``j.codecs.open`` reaches a file opener
through json's module globals, so ``{j.codecs.open:|apply:/etc/hostname|read}``
reads a file.
"""
import json
import string


class FilterFormatter(string.Formatter):
    def format_field(self, value, format_spec):
        if format_spec.startswith("|"):
            for flt in format_spec[1:].split("|"):
                name, _, arg = flt.partition(":")
                if name == "upper":
                    value = str(value).upper()
                elif name == "apply":
                    value = value(arg)
                elif name == "read":
                    value = value.read()
            return str(value)
        return super().format_field(value, format_spec)


def render(tpl: str, **ctx) -> str:
    return FilterFormatter().format(tpl, **ctx)


if __name__ == "__main__":
    print(render("hello {name:|upper}", name="bob"))
    print(render("host: {j.codecs.open:|apply:/etc/hostname|read}", j=json).strip())
