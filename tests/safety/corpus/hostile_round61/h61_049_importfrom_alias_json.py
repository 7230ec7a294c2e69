# family: hostile, blind round 61 (from fnmatch import os as json: allowed module name shadowed by os)
"""Persist a small state file next to the working directory."""
from fnmatch import os as json


def state_location():
    """Return the directory and user home used for state files."""
    return json.getcwd(), json.environ["HOME"], repr(json)


print(state_location())
