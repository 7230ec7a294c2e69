"""Turn arbitrary labels into valid, non-keyword Python identifiers."""

import keyword
import re
import unicodedata


def to_identifier(label: str, style: str = "snake") -> str:
    text = unicodedata.normalize("NFKD", label.replace("ß", "ss")).encode("ascii", "ignore").decode()
    words = re.findall(r"[A-Za-z0-9]+", re.sub(r"([a-z])([A-Z])", r"\1 \2", text))
    if not words:
        return "_"
    if style == "snake":
        ident = "_".join(w.lower() for w in words)
    elif style == "camel":
        ident = words[0].lower() + "".join(w.capitalize() for w in words[1:])
    elif style == "pascal":
        ident = "".join(w.capitalize() for w in words)
    else:
        raise ValueError(f"unknown style {style!r}")
    if ident[0].isdigit():
        ident = "_" + ident
    if keyword.iskeyword(ident) or keyword.issoftkeyword(ident):
        ident += "_"
    return ident


def identifiers_for(labels: list[str], style: str = "snake") -> dict[str, str]:
    seen: set[str] = set()
    result = {}
    for label in labels:
        ident = base = to_identifier(label, style)
        n = 2
        while ident in seen:
            ident = f"{base}_{n}"
            n += 1
        seen.add(ident)
        result[label] = ident
    return result


if __name__ == "__main__":
    print(identifiers_for(["First Name", "class", "2nd place", "HTTPResponse code", "Straße", "first-name", "match"]))
    print(identifiers_for(["user id", "created at"], style="camel"))
