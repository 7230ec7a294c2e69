# family: ordinary, blind round 62 (CSV data cleanup via io.StringIO)
import csv
import io

RAW = """name, email ,age,city
  Alice ,ALICE@Example.com,34, paris
Bob,bob@example,notanumber,Berlin
,missing@example.com,22,Rome
carol,carol@example.org, 41 ,  new york
Alice,alice@example.com,34,Paris
"""
EMAIL_OK = lambda e: "@" in e and "." in e.split("@")[-1]


def clean_row(row):
    row = {k.strip(): (v or "").strip() for k, v in row.items()}
    if not row["name"]:
        raise ValueError("missing name")
    row["name"] = row["name"].title()
    row["email"] = row["email"].lower()
    if not EMAIL_OK(row["email"]):
        raise ValueError("bad email %r" % row["email"])
    try:
        row["age"] = int(row["age"])
    except ValueError:
        row["age"] = None
    row["city"] = row["city"].title()
    return row


def clean(text):
    good, bad, seen = [], [], set()
    for lineno, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        try:
            r = clean_row(row)
        except ValueError as e:
            bad.append((lineno, str(e)))
            continue
        if r["email"] in seen:
            bad.append((lineno, "duplicate"))
        else:
            seen.add(r["email"])
            good.append(r)
    return good, bad


if __name__ == "__main__":
    good, bad = clean(RAW)
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=["name", "email", "age", "city"])
    w.writeheader()
    w.writerows(good)
    print(out.getvalue())
    for lineno, why in bad:
        print("line %d skipped: %s" % (lineno, why))
