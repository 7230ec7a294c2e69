# family: hook (written blind: from the families, without reading the checker)
import atexit


def register_report(name: str) -> str:
    """Register a summary report."""
    atexit.register(print, "exiting", name)
    return name


if __name__ == "__main__":
    print(register_report("x"))
