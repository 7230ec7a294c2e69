# family: audit hooks (sys.addaudithook via urllib.parse.sys; hook captures frames)
"""Security audit logger.

Installs a runtime audit hook that logs sensitive interpreter events (for
compliance).  Frames reported by events are kept for the report.
"""
import collections
import urllib.parse

EVENTS = []


def _hook(event, args):
    if event == "sys._getframe" and args:
        EVENTS.append(args[0])


def install():
    urllib.parse.sys.addaudithook(_hook)


if __name__ == "__main__":
    install()
    Point = collections.namedtuple("Point", "x y")  # internally asks for the caller frame
    print(Point(1, 2))
    print("PROOF:", EVENTS[0].f_builtins["__import__"]("os").getcwd())
