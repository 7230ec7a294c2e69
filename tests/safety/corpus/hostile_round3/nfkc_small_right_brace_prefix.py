# family: nfkc
# Escape: "﹜" (U+FE5C SMALL RIGHT CURLY BRACKET) normalises to "}", so the checker's parse of the NFKC text fails
# and the template is skipped; Python formats the raw text, in which "﹜" is an ordinary character. The field
# walks a generator's frame to the builtins dict (f_builtins) and prints open/eval/__import__ etc.
def numbers(limit: int):
    yield from range(limit)


def tool(limit: int = 3) -> str:
    return "﹜{0.gi_frame.f_builtins}".format(numbers(limit))
