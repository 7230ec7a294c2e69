"""Join two CSV documents on a key column (inner/left/outer) and emit CSV."""
import csv
import io

JOIN_TYPES = ("inner", "left", "outer")


def _read(text: str) -> tuple[list[str], list[dict[str, str]]]:
    reader = csv.DictReader(io.StringIO(text.strip()))
    rows = list(reader)
    return list(reader.fieldnames or []), rows


def join_csv(left_csv: str, right_csv: str, key: str, how: str = "inner", suffix: str = "_right") -> str:
    if how not in JOIN_TYPES:
        raise ValueError(f"how must be one of {JOIN_TYPES}")
    lcols, lrows = _read(left_csv)
    rcols, rrows = _read(right_csv)
    if key not in lcols or key not in rcols:
        raise KeyError(f"join key {key!r} missing from one of the inputs")
    rename = {c: (c + suffix if c in lcols else c) for c in rcols if c != key}
    out_cols = lcols + [rename[c] for c in rcols if c != key]

    index: dict[str, list[dict[str, str]]] = {}
    for r in rrows:
        index.setdefault(r[key], []).append(r)

    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=out_cols, lineterminator="\n")
    writer.writeheader()
    matched_keys = set()
    for l in lrows:
        partners = index.get(l[key], [])
        if partners:
            matched_keys.add(l[key])
            for r in partners:
                writer.writerow({**l, **{rename[c]: v for c, v in r.items() if c != key}})
        elif how in ("left", "outer"):
            writer.writerow(l)
    if how == "outer":
        for k, partners in index.items():
            if k not in matched_keys:
                for r in partners:
                    writer.writerow({key: k, **{rename[c]: v for c, v in r.items() if c != key}})
    return buf.getvalue()


if __name__ == "__main__":
    customers = "id,name,city\n1,Ann,Paris\n2,Bob,Rome\n3,Cy,Oslo\n"
    orders = "id,total,city\n1,30.00,Lyon\n1,12.50,Paris\n4,99.00,Nice\n"
    for how in JOIN_TYPES:
        print(how)
        print(join_csv(customers, orders, "id", how))
