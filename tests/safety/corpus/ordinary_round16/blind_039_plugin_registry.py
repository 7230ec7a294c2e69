"""Registry of text transformers selected by name, with a decorator."""
from typing import Callable

_TRANSFORMS: dict[str, Callable[[str], str]] = {}


def transform(name: str, *aliases: str):
    def register(fn: Callable[[str], str]) -> Callable[[str], str]:
        for key in (name, *aliases):
            if key in _TRANSFORMS:
                raise ValueError(f"duplicate transform {key!r}")
            _TRANSFORMS[key] = fn
        return fn
    return register


@transform("upper")
def _upper(s): return s.upper()


@transform("lower")
def _lower(s): return s.lower()


@transform("title")
def _title(s): return s.title()


@transform("reverse", "rev")
def _reverse(s): return s[::-1]


@transform("snake")
def _snake(s):
    out = []
    for i, ch in enumerate(s):
        if ch.isupper() and i and (s[i - 1].islower() or s[i - 1].isdigit()):
            out.append("_")
        out.append("_" if ch in " -" else ch.lower())
    return "".join(out)


@transform("camel")
def _camel(s):
    words = _snake(s).split("_")
    return words[0] + "".join(w.capitalize() for w in words[1:])


@transform("strip")
def _strip(s): return " ".join(s.split())


def available() -> list[str]:
    return sorted(_TRANSFORMS)


def apply_pipeline(text: str, steps: list[str]) -> str:
    for step in steps:
        try:
            text = _TRANSFORMS[step](text)
        except KeyError:
            raise ValueError(f"unknown transform {step!r}; available: {available()}") from None
    return text


if __name__ == "__main__":
    print(available())
    print(apply_pipeline("  Hello   BigWorld example ", ["strip", "snake"]))
    print(apply_pipeline("user-account id", ["camel"]))
    print(apply_pipeline("abc", ["rev", "upper"]))
