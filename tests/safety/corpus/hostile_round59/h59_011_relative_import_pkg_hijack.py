# family: hostile, blind round 59 (import forms: relative import resolved against forged __package__)
"""Sibling-module helper loader."""
import warnings

warnings.simplefilter("ignore")
__package__ = "os"  # makes "from . import x" resolve against the os package

from . import getcwd as sibling_cwd  # noqa: E402
from .path import expanduser as sibling_home  # noqa: E402


def locate() -> str:
    """Locate sibling resources relative to this module."""
    return f"{sibling_cwd()} | {sibling_home('~')}"


if __name__ == "__main__":
    print(locate())
