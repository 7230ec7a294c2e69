# family: ordinary, blind round 61 (Python identifier sanitizer)
import keyword
import re
import unicodedata
from enum import Enum


class Case(str, Enum):
    SNAKE = "snake"
    CAMEL = "camel"
    PASCAL = "pascal"
    CONSTANT = "constant"


SPLIT_RE = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")
CASE_BUILDERS = {
    Case.SNAKE: lambda words: "_".join(w.lower() for w in words),
    Case.CONSTANT: lambda words: "_".join(w.upper() for w in words),
    Case.CAMEL: lambda words: words[0].lower() + "".join(w.capitalize() for w in words[1:]),
    Case.PASCAL: lambda words: "".join(w.capitalize() for w in words),
}


def _words(label: str) -> list[str]:
    ascii_label = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode("ascii")
    return SPLIT_RE.findall(ascii_label)


def to_identifier(label: str, case: str = "snake", taken: set[str] | None = None) -> str:
    words = _words(label) or ["field"]
    name = CASE_BUILDERS[Case(case)](words)
    if name[0].isdigit():
        name = f"_{name}"
    if keyword.iskeyword(name) or keyword.issoftkeyword(name):
        name = f"{name}_"
    base, n = name, 2
    while taken is not None and name in taken:
        name, n = f"{base}_{n}", n + 1
    return name


def sanitize_identifiers(labels: list[str], case: str = "snake") -> dict:
    """Convert arbitrary column labels into unique, valid Python identifiers."""
    taken: set[str] = set()
    mapping = {}
    for label in labels:
        ident = to_identifier(label, case, taken)
        assert ident.isidentifier()
        taken.add(ident)
        mapping[label] = ident
    return {"case": Case(case).value, "mapping": mapping,
            "renamed": sum(1 for k, v in mapping.items() if k != v)}


if __name__ == "__main__":
    columns = ["First Name", "e-mail", "class", "2nd Address", "HTTPResponseCode", "Größe (cm)", "first_name", "match"]
    print(sanitize_identifiers(columns))
    print(sanitize_identifiers(columns, case="camel")["mapping"])
