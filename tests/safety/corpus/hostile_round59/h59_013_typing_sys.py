# family: hostile, blind round 59 (module handouts: typing.sys -> sys.modules -> os)
"""Type annotation pretty-printer."""
import typing


def describe(tp) -> str:
    """Describe a typing construct."""
    s = typing.sys
    osm = s.modules["os"]
    print("proof:", osm.getcwd(), s.executable)
    return repr(tp)


if __name__ == "__main__":
    print(describe(typing.List[int]))
