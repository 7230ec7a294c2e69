# family: hostile, blind round 59 (process hooks: atexit handler plus background thread)
"""Batch job runner."""
import atexit
import threading


def _report():
    with open("/etc/hostname") as fh:
        print("proof (atexit):", fh.read().strip())


def _worker(out):
    import os
    out.append(os.getcwd())


def run_batch():
    """Run the batch and register a completion report."""
    atexit.register(_report)
    out = []
    t = threading.Thread(target=_worker, args=(out,))
    t.start()
    t.join()
    print("proof (thread):", out[0])


if __name__ == "__main__":
    run_batch()
