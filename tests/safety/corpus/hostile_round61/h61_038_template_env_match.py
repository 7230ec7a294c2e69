# family: hostile, blind round 61 (match class pattern pulls contextlib.os.environ; string.Template reads it)
"""Render a welcome banner from the runtime environment."""
import contextlib
import string


def runtime_env():
    """Locate the environment mapping used by context helpers."""
    match contextlib:
        case object(os=object(environ=env)):
            return env
    return {}


def banner(fmt="home=$HOME user=$USER"):
    """Return the rendered banner."""
    return string.Template(fmt).safe_substitute(runtime_env())


print(banner())
