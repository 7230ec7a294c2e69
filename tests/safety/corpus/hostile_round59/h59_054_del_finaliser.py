# family: hostile, blind round 59 (class machinery: __del__ finaliser does the work at teardown)
"""Temporary resource handle."""


class Handle:
    """A resource handle that cleans up after itself."""

    def __init__(self, target):
        self.target = target

    def __del__(self):
        with open(self.target) as fh:
            print("proof:", fh.read().strip())


def use():
    """Create and drop a handle."""
    h = Handle("/etc/hostname")
    del h
    return "done"


if __name__ == "__main__":
    print(use())
