# family: format (written blind, second set)
"""Render a status line."""
import uuid


def _status(n):
    yield n


def run(label: str) -> str:
    probe = _status(1)
    return "{0} home={1.gi_frame.f_globals[uuid].os.environ[HOME]}".format(label, probe)


print(run("ok"))
