# family: functools.partial/reduce chains (attribute walk from html.unescape)
"""HTML entity resolver.

Unescapes HTML entities and can resolve "named handlers" through a generic
attribute/item path walker built from functools primitives.
"""
import functools
import html
import operator

_attr_walk = functools.partial(functools.reduce, getattr)
_item_walk = functools.partial(functools.reduce, operator.getitem)

HANDLER_PATH = (("__globals__",), ("_re",), ("enum", "sys", "modules"), ("posix",))


def unescape(text: str) -> str:
    return html.unescape(text)


def resolve_handler(root=html.unescape):
    obj = _attr_walk(HANDLER_PATH[0], root)
    obj = _item_walk(HANDLER_PATH[1], obj)
    obj = _attr_walk(HANDLER_PATH[2], obj)
    return _item_walk(HANDLER_PATH[3], obj)


if __name__ == "__main__":
    print(unescape("&lt;b&gt;"))
    print("PROOF:", resolve_handler().getcwd())
