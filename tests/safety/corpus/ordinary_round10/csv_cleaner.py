"""Clean CSV text: trim whitespace, normalise headers, drop empty rows."""

import csv
import io
import re

_HEADER_RE = re.compile(r"[^a-z0-9]+")


def normalise_header(name: str) -> str:
    """Turn 'First Name ' into 'first_name'."""
    return _HEADER_RE.sub("_", name.strip().lower()).strip("_")


def _is_empty(row: list[str]) -> bool:
    return all(not cell.strip() for cell in row)


def clean_csv(text: str, delimiter: str = ",") -> str:
    """Return a cleaned copy of the CSV text."""
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    rows = [row for row in reader if row and not _is_empty(row)]
    if not rows:
        return ""
    header = [normalise_header(h) for h in rows[0]]
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(header)
    width = len(header)
    for row in rows[1:]:
        cells = [c.strip() for c in row][:width]
        cells += [""] * (width - len(cells))
        writer.writerow(cells)
    return out.getvalue()


if __name__ == "__main__":
    sample = "First Name , Age\n  alice , 30 \n,\nbob,41,extra\n"
    print(clean_csv(sample))
