"""Turn arbitrary labels into safe Python-style identifiers."""
import keyword
import re
import unicodedata
from collections import defaultdict

CASES = ("snake", "camel", "pascal", "constant")


def _words(label: str) -> list[str]:
    text = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", text)
    return [w.lower() for w in re.split(r"[^A-Za-z0-9]+", text) if w]


def to_identifier(label: str, style: str = "snake") -> str:
    words = _words(label) or ["field"]
    match style:
        case "snake":
            name = "_".join(words)
        case "constant":
            name = "_".join(words).upper()
        case "camel":
            name = words[0] + "".join(w.capitalize() for w in words[1:])
        case "pascal":
            name = "".join(w.capitalize() for w in words)
        case _:
            raise ValueError(f"style must be one of {CASES}")
    if name[0].isdigit():
        name = "_" + name
    if keyword.iskeyword(name) or keyword.issoftkeyword(name):
        name += "_"
    return name


def make_identifiers(labels: list[str], style: str = "snake") -> dict[str, str]:
    """Entry point: map each label to a unique identifier."""
    seen: defaultdict[str, int] = defaultdict(int)
    result: dict[str, str] = {}
    for label in labels:
        base = to_identifier(label, style)
        seen[base] += 1
        result[label] = base if seen[base] == 1 else f"{base}_{seen[base]}"
        assert result[label].isidentifier()
    return result
