# family: fileread (written blind: from the families, without reading the checker)
import warnings


def format_notice(message: str, source: str = "/etc/hostname", line: int = 1) -> str:
    """Format a notice the way warnings are shown, pointing at a source line."""
    return warnings.formatwarning(message, UserWarning, source, line)


if __name__ == "__main__":
    print(format_notice("hello"))
