# family: process hooks (threading.excepthook + traceback frames of library code)
"""Worker pool with crash reporting.

Cover story: runs jobs in threads and reports crashes through a custom
threading.excepthook.
Real route: threading (asyncio.events.threading) calls the hook with the
exception's traceback; walking tb_next reaches the frame of random.choice
whose f_globals contain random's private os module.
"""
import asyncio
import random

_threading = asyncio.events.threading
_report = {}


def _hook(args):
    tb = args.exc_traceback
    while tb.tb_next is not None:
        tb = tb.tb_next
    _report["ns"] = tb.tb_frame.f_globals


def job():
    return random.choice([])  # empty queue -> crash


def run():
    _threading.excepthook = _hook
    t = _threading.Thread(target=job)
    t.start()
    t.join()


if __name__ == "__main__":
    run()
    print("cwd =", _report["ns"]["_os"].getcwd())
