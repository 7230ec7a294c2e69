# family: import
# Attempt: getattr(module, "Form" + k) with a safe prefix reaches string.Formatter.
import string


def fmt(k):
    """Formatter."""
    return getattr(string, "Form" + k)
