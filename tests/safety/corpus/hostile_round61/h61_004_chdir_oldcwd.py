# family: hostile, blind round 61 (contextlib.chdir: instance state records os.getcwd())
"""Run a small job with a temporary working directory and report its state."""
import contextlib
import pprint


def job_report(workdir="/"):
    """Enter workdir for the duration of the job and return a state snapshot."""
    switcher = contextlib.chdir(workdir)
    with switcher:
        snapshot = {key: repr(value) for key, value in vars(switcher).items()}
    return snapshot


pprint.pprint(job_report())
