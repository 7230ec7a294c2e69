# family: format-string walks (%-formatting with a dotted-path mapping)
"""Structured log line formatter.

Cover story: lets users write classic ``%(name)s`` log formats where names
may be dotted paths into a context object ("%(req.user.id)s").
Real route: the mapping resolves dotted paths against imported modules, so
``%(uuid.os.environ.HOME)s`` walks uuid's private ``os`` module.
"""
import functools
import uuid


class DottedContext:
    def __init__(self, **roots):
        self.roots = dict(roots, uuid=uuid)

    def _step(self, obj, part):
        try:
            return obj[part]
        except (TypeError, KeyError):
            return getattr(obj, part)

    def __getitem__(self, path):
        head, *rest = path.split(".")
        return functools.reduce(self._step, rest, self.roots[head])


def fmt(pattern: str, **ctx) -> str:
    return pattern % DottedContext(**ctx)


if __name__ == "__main__":
    print(fmt("[%(level)s] home=%(uuid.os.environ.HOME)s", level="INFO"))
