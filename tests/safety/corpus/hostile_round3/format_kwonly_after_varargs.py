# family: format
# Escape: `template` follows *rows, so it is keyword-only; the literal-callers rule binds it to index -1 with no
# name and never finds the keyword the tool passes. The template is built at run time with %-formatting from
# "__" (no dunder in any literal): "{0.__init__.__globals__[_os].environ}" -> os.environ via random.Random.
import random


def table(value, *rows, template: str) -> str:
    return "\n".join([template.format(value)] + [str(r) for r in rows])


def tool(sep: str = "__") -> str:
    shape = "{0.%sinit%s.%sglobals%s[_os].environ}" % (sep, sep, sep, sep)
    return table(random.Random(), 1, 2, template=shape)
