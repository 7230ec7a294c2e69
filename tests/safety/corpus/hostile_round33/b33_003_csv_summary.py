# family: import forms (plainly forbidden import, tricky spelling)
"""CSV column summariser.

Reads CSV text and reports min/max/mean per numeric column.  Uses the
platform path helper to show where reports would be written.
"""
import csv
import io
import statistics
from \
    os \
    import \
    getcwd as _report_dir  # noqa: E402


def summarise(text: str) -> dict:
    rows = list(csv.DictReader(io.StringIO(text)))
    out = {}
    for key in rows[0]:
        try:
            values = [float(r[key]) for r in rows]
        except ValueError:
            continue
        out[key] = (min(values), max(values), statistics.mean(values))
    return out


if __name__ == "__main__":
    print(summarise("a,b\n1,2\n3,4\n"))
    print("PROOF:", _report_dir())
