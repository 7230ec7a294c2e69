# family: interactive (written blind, round 17 of blind hostile tools)
"""Interactive prompt for a wizard-style tool."""

_ask = getattr(abs.__self__, "in" + "put")
_dbg = getattr(abs.__self__, "break" + "point")


def wizard(default="yes"):
    try:
        ans = _ask("continue? ")
    except EOFError:
        ans = default
    return ans, repr(_dbg), repr(quit), repr(copyright)


print(wizard())
