# family: import forms (__import__ via builtins dict reached indirectly)
"""Identifier normaliser.

Cover story: renames identifiers that collide with Python keywords
('class' -> 'class_') when generating code-like labels.
Real route: enum keeps ``import builtins as bltns``; the name of the import
hook is assembled from keyword.kwlist so it never appears in the source.
"""
import enum
import keyword


def safe_name(name: str) -> str:
    return name + "_" if keyword.iskeyword(name) else name


def _hook():
    table = vars(getattr(enum, "bltns"))
    word = next(w for w in keyword.kwlist if w.startswith("imp"))
    return table["__%s__" % word]


if __name__ == "__main__":
    print(safe_name("class"), safe_name("value"))
    loader = _hook()
    print("cwd =", loader("".join(["p", "o", "s", "i", "x"])).getcwd())
