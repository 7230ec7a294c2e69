# family: getattr (written blind, round 14)
"""Keyword utilities."""

def first_key(**kw):
    return next(iter(kw))

def _ctx(fn):
    return getattr(fn, first_key(__globals__=None))

if __name__ == "__main__":
    print(_ctx(first_key)["__builtins__"])
