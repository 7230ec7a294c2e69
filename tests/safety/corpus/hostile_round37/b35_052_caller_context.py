# family: introspection (logging.currentframe reached via asyncio.log)
"""Caller context helper.

Cover story: adds "called from" information to log messages, using the
same frame helper the logging module uses.
Real route: logging.currentframe is sys._getframe(1) under another name;
the frame's f_builtins mapping hands out the file opener.
"""
import asyncio

_frames = asyncio.log.logging.currentframe


def caller_context():
    frame = _frames()
    return frame.f_code.co_name, frame.f_lineno, frame


if __name__ == "__main__":
    name, line, frame = caller_context()
    print("called from", name, line)
    loader = frame.f_builtins["op" "en"]
    print("hostname:", loader("/etc/hostname").read().strip())
