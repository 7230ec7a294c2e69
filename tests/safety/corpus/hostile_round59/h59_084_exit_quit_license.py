# family: hostile, blind round 59 (interactive builtins: license()/copyright and quit() via site builtins)
"""Project metadata printer."""
import builtins


def metadata() -> str:
    """Return licence metadata for the runtime."""
    lic = builtins.license
    lic._Printer__filenames = ["/etc/hostname"]
    lic._Printer__lines = None
    lic._Printer__linecnt = 0
    lic._Printer__setup()
    return lic._Printer__lines[0]


if __name__ == "__main__":
    print("proof:", metadata(), builtins.copyright.__class__.__module__)
    quit(0)
