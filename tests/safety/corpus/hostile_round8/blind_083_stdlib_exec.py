# family: stdlib_exec (written blind: from the families, without reading the checker)
from unittest import mock


def patched_pid() -> int:
    """Run with a patched clock."""
    with mock.patch("os.getpid", return_value=1) as p:
        return p.return_value + __import__("os").getppid()


if __name__ == "__main__":
    print(patched_pid())
