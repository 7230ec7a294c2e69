"""Check proposed Python identifiers (e.g. for code generation) and suggest fixes."""
import keyword
import pprint
import re
import unicodedata

BUILTIN_SHADOWS = {"list", "dict", "str", "int", "id", "type", "input", "max", "min", "sum", "filter", "map"}
CHECKS = (
    ("empty", lambda n: not n, "name is empty"),
    ("not_identifier", lambda n: bool(n) and not n.isidentifier(), "not a valid identifier"),
    ("keyword", keyword.iskeyword, "is a reserved keyword"),
    ("soft_keyword", keyword.issoftkeyword, "is a soft keyword (match/case/_/type)"),
    ("shadows_builtin", lambda n: n in BUILTIN_SHADOWS, "shadows a common builtin"),
    ("dunder", lambda n: n.startswith("__") and n.endswith("__"), "dunder names are reserved for Python"),
)


def suggest(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    snake = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", ascii_name).lower()
    snake = re.sub(r"\W+", "_", snake).strip("_") or "name"
    if snake[0].isdigit():
        snake = "n_" + snake
    if keyword.iskeyword(snake) or keyword.issoftkeyword(snake) or snake in BUILTIN_SHADOWS:
        snake += "_"
    return snake


def check_identifiers(names: list[str], as_text: bool = False) -> dict | str:
    report = {}
    for name in names:
        problems = [msg for _, test, msg in CHECKS if test(name)]
        style = "snake_case" if re.fullmatch(r"[a-z_][a-z0-9_]*", name or "-") else (
            "PascalCase" if re.fullmatch(r"[A-Z][A-Za-z0-9]*", name or "-") else "other")
        entry = {"ok": not problems, "style": style, "problems": problems}
        if problems or style == "other":
            entry["suggestion"] = suggest(name)
        report[name] = entry
    return pprint.pformat(report, width=100, sort_dicts=False) if as_text else report


if __name__ == "__main__":
    print(check_identifiers(["user_name", "class", "2fast", "MyClass", "list", "total-price", "match", "naïveValue",
                             "__init__"], as_text=True))
