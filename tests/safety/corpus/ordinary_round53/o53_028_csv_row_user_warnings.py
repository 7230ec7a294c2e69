# family: ordinary, blind round 53 (UserWarning for suspicious data rows)
import csv
import io
import warnings
from datetime import datetime

RAW = """date,store,units,price
2024-05-01,north,12,3.50
2024-05-01,south,-4,3.50
2024-05-02,north,9,
2024-13-02,east,7,3.75
2024-05-03,south,15,35.00
"""


class DataQualityWarning(UserWarning):
    pass


def load_sales(text, max_price=20.0):
    rows = []
    for n, rec in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        try:
            day = datetime.strptime(rec["date"], "%Y-%m-%d").date()
        except ValueError:
            warnings.warn(f"line {n}: bad date {rec['date']!r}, row skipped", DataQualityWarning, stacklevel=2)
            continue
        units = int(rec["units"])
        if units < 0:
            warnings.warn(f"line {n}: negative units {units}, treated as return", DataQualityWarning, stacklevel=2)
        if not rec["price"]:
            warnings.warn(f"line {n}: missing price, assuming 0", DataQualityWarning, stacklevel=2)
            price = 0.0
        else:
            price = float(rec["price"])
            if price > max_price:
                warnings.warn(f"line {n}: price {price} unusually high", stacklevel=2)
        rows.append((day, rec["store"], units, price))
    return rows


if __name__ == "__main__":
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        sales = load_sales(RAW)
    print(f"loaded {len(sales)} rows, {len(w)} warnings")
    for item in w:
        print(f"  [{item.category.__name__}] {item.message}")
    revenue = sum(u * p for _, _, u, p in sales)
    print(f"revenue: {revenue:.2f}")

    with warnings.catch_warnings():
        warnings.simplefilter("error", DataQualityWarning)
        try:
            load_sales(RAW)
        except DataQualityWarning as e:
            print("strict mode stopped at:", e)
