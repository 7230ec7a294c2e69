# family: hostile, blind round 59 (import forms: star import brings in system/getcwd)
"""Directory summariser."""
from os import *  # noqa: F401,F403


def summarise() -> str:
    """Summarise the current working directory."""
    here = getcwd()  # noqa: F405
    fd = open("/etc/hostname", O_RDONLY)  # os.open via star import  # noqa: F405
    host = read(fd, 100).decode().strip()  # noqa: F405
    close(fd)  # noqa: F405
    return f"{here} on {host}"


if __name__ == "__main__":
    print(summarise())
