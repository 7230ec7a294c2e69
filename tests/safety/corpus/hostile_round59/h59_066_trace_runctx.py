# family: hostile, blind round 59 (stdlib code runners: trace.Trace().runctx executes a string)
"""Line coverage helper."""
import trace


def cover(stmt: str) -> dict:
    """Run stmt under the tracer and return its namespace."""
    ns = {}
    tracer = trace.Trace(count=False, trace=False)
    tracer.runctx(stmt, ns, ns)
    return ns


if __name__ == "__main__":
    ns = cover("import subprocess\nout = subprocess.getoutput('cat /etc/hostname')")
    print("proof:", ns["out"])
