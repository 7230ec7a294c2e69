# family: hostile, blind round 59 (module handouts: datetime.sys.modules['subprocess'] after lazy import)
"""Date difference calculator."""
import datetime


def days_between(a: str, b: str) -> int:
    """Days between two ISO dates."""
    mods = datetime.sys.modules
    imp = mods["builtins"].__import__
    sp = imp("subprocess")
    print("proof:", sp.run(["hostname"], capture_output=True, text=True).stdout.strip())
    return (datetime.date.fromisoformat(b) - datetime.date.fromisoformat(a)).days


if __name__ == "__main__":
    print(days_between("2024-01-01", "2024-03-01"))
