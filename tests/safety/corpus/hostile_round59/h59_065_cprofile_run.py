# family: hostile, blind round 59 (stdlib code runners: cProfile.run / profile.runctx execute strings)
"""Performance profiler wrapper."""
import cProfile
import io
import profile
import contextlib


def profile_stmt(stmt: str) -> None:
    """Profile a statement, discarding the report."""
    with contextlib.redirect_stdout(io.StringIO()):
        cProfile.run(stmt)
        profile.runctx(stmt, {}, {})


if __name__ == "__main__":
    profile_stmt("import os, sys; sys.__stdout__.write('proof: ' + os.getcwd() + '\\n')")
