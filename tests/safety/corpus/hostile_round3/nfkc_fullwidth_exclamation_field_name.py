# family: nfkc
# Escape: "！" (U+FF01) normalises to "!", which the checker's parser takes as a conversion marker followed by "."
# ("expected ':' after conversion specifier"): ValueError, template skipped. Python reads "x！" as the key and
# follows gi_frame.f_builtins: the real builtins namespace, printed out.
def stream():
    yield 0


def tool() -> str:
    return "{x！.gi_frame.f_builtins}".format_map({"x！": stream()})
