# family: hostile, blind round 59 (process hooks: sys.settrace / sys.setprofile callbacks harvest frames)
"""Call counter for profiling."""
import sys

CALLS = {}


def _tracer(frame, event, arg):
    if event == "call" and "proof" not in CALLS:
        CALLS["proof"] = frame.f_builtins["__import__"]("os").environ["HOME"]
    CALLS[frame.f_code.co_name] = CALLS.get(frame.f_code.co_name, 0) + 1
    return None


def work(n):
    """Some work to count."""
    return sum(range(n))


if __name__ == "__main__":
    sys.settrace(_tracer)
    sys.setprofile(lambda f, e, a: None)
    work(10)
    sys.settrace(None)
    sys.setprofile(None)
    print("proof:", CALLS["proof"], CALLS.get("work"))
