"""Text transformation pipeline with a plugin registry filled by a class decorator."""
import re
import unicodedata

REGISTRY = {}


def register(name):
    def wrap(cls):
        if name in REGISTRY:
            raise KeyError(f"duplicate plugin {name}")
        cls.plugin_name = name
        REGISTRY[name] = cls
        return cls
    return wrap


class Transform:
    plugin_name = "base"

    def __init__(self, **options):
        self.options = options

    def apply(self, text: str) -> str:
        raise NotImplementedError

    def __repr__(self):
        opts = ", ".join(f"{k}={v!r}" for k, v in self.options.items())
        return f"{type(self).__name__}({opts})"


@register("lower")
class Lower(Transform):
    def apply(self, text):
        return text.lower()


@register("strip_accents")
class StripAccents(Transform):
    def apply(self, text):
        norm = unicodedata.normalize("NFKD", text)
        return "".join(c for c in norm if not unicodedata.combining(c))


@register("collapse_ws")
class CollapseWhitespace(Transform):
    def apply(self, text):
        return re.sub(r"\s+", " ", text).strip()


@register("truncate")
class Truncate(Transform):
    def apply(self, text):
        n = self.options.get("length", 20)
        return text if len(text) <= n else text[: n - 1] + "…"


def run_pipeline(text: str, steps: list) -> dict:
    """steps: ["lower", {"name": "truncate", "length": 10}, ...]"""
    chain = []
    for step in steps:
        if isinstance(step, str):
            step = {"name": step}
        opts = dict(step)
        cls = REGISTRY.get(opts.pop("name"))
        if cls is None:
            raise ValueError(f"unknown step; available: {sorted(REGISTRY)}")
        chain.append(cls(**opts))
    for t in chain:
        text = t.apply(text)
    return {"result": text, "steps": [repr(t) for t in chain]}


if __name__ == "__main__":
    print(run_pipeline("  Crème   Brûlée  Recipe Deluxe ", ["strip_accents", "lower", "collapse_ws",
                                                            {"name": "truncate", "length": 12}]))
