# ordinary: immutable text-processing pipeline built fluently from small steps
import copy
import re


class Pipeline:
    def __init__(self):
        self._steps = []
        self._name = "pipeline"

    def _with(self, label, func):
        new = copy.copy(self)
        new._steps = list(self._steps)
        new._steps.append((label, func))
        return new

    def named(self, name):
        new = copy.copy(self)
        new._name = name
        return new

    def strip(self):
        return self._with("strip", str.strip)

    def lower(self):
        return self._with("lower", str.lower)

    def collapse_spaces(self):
        return self._with("collapse_spaces", lambda s: re.sub(r"\s+", " ", s))

    def replace(self, old, new):
        return self._with(f"replace({old!r}->{new!r})", lambda s: s.replace(old, new))

    def truncate(self, n):
        return self._with(f"truncate({n})", lambda s: s if len(s) <= n else s[: n - 1] + "…")

    def __call__(self, text):
        for _, func in self._steps:
            text = func(text)
        return text

    def __repr__(self):
        return f"{self._name}: " + " | ".join(label for label, _ in self._steps)


if __name__ == "__main__":
    clean = Pipeline().strip().collapse_spaces().named("clean")
    slug_like = clean.lower().replace(" ", "-").truncate(20).named("slug")
    text = "   Hello    World,  this is   A Test of the pipeline   "
    print(repr(clean), "=>", repr(clean(text)))
    print(repr(slug_like), "=>", repr(slug_like(text)))
