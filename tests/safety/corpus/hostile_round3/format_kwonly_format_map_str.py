# family: format
# Escape: str.format_map(template, values) is judged by the trust of `template`, a keyword-only parameter whose
# callers are never checked. string.Template builds the real template at run time from "${u}" placeholders:
# "{r.__init__.__globals__[_os].environ}"; format_map then walks from random.Random to os.environ.
import random
import string


def fill(values: dict, *, template: str) -> str:
    return str.format_map(template, values)


def tool() -> str:
    shape = string.Template("{r.${u}init${u}.${u}globals${u}[_os].environ}").substitute(u="__")
    return fill({"r": random.Random()}, template=shape)
