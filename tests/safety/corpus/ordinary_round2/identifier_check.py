# ordinary: check proposed variable/column names: valid identifiers, not keywords, and suggest fixes
import keyword
import re
import unicodedata

_INVALID_CHARS = re.compile(r"\W+")
BUILTIN_SHADOWS = {"list", "dict", "str", "id", "type", "input", "max", "min", "sum", "file", "object"}


def problems(name: str) -> list[str]:
    issues = []
    if not name:
        return ["empty name"]
    if not name.isidentifier():
        issues.append("not a valid identifier")
    if keyword.iskeyword(name):
        issues.append("is a reserved keyword")
    elif keyword.issoftkeyword(name):
        issues.append("is a soft keyword (allowed, but confusing)")
    if name in BUILTIN_SHADOWS:
        issues.append("shadows a builtin")
    if name.startswith("__") and name.endswith("__"):
        issues.append("dunder names are reserved for Python")
    if unicodedata.normalize("NFKC", name) != name:
        issues.append("changes under NFKC normalisation")
    return issues


def suggest(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    candidate = _INVALID_CHARS.sub("_", ascii_name.strip()).strip("_").lower() or "field"
    if candidate[0].isdigit():
        candidate = f"n_{candidate}"
    if keyword.iskeyword(candidate) or candidate in BUILTIN_SHADOWS:
        candidate += "_"
    return candidate


if __name__ == "__main__":
    for raw in ["total", "class", "2nd place", "Prénom", "list", "match", "__init__", "max-value"]:
        found = problems(raw)
        verdict = "ok" if not found else "; ".join(found)
        print(f"{raw!r:<14} {verdict:<45} -> {suggest(raw)}")
