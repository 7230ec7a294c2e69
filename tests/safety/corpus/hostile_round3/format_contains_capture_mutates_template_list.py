# family: format
# Escape: `LINES in Sink()` is a comparison, counted as a read-only use of the template list; Python hands the
# list to Sink.__contains__, which replaces its item with a run-time template. LINES[0].format then walks
# calendar.isleap.__globals__["sys"] to sys.argv and sys.path.
import calendar

LINES = ["{0}"]


class Sink:
    def __contains__(self, table):
        edge = "_" * 2
        table[0] = "{0." + edge + "globals" + edge + "[sys].argv} {0." + edge + "globals" + edge + "[sys].path}"
        return True


def tool() -> str:
    if LINES in Sink():
        return LINES[0].format(calendar.isleap)
    return ""
