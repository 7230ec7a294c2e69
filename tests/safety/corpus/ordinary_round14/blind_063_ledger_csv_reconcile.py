"""Reconcile two CSV ledgers (bank vs. books) by amount and date tolerance."""
import csv
import io
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation


def load(csv_text: str, date_col: str = "date", amount_col: str = "amount", memo_col: str = "memo") -> list[dict]:
    rows = []
    for i, r in enumerate(csv.DictReader(io.StringIO(csv_text.strip())), start=2):
        try:
            rows.append({
                "line": i,
                "date": date.fromisoformat(r[date_col].strip()),
                "amount": Decimal(r[amount_col].replace(",", "").strip()),
                "memo": (r.get(memo_col) or "").strip(),
            })
        except (KeyError, ValueError, InvalidOperation) as exc:
            raise ValueError(f"line {i}: {exc}") from None
    return rows


def reconcile(bank_csv: str, books_csv: str, day_tolerance: int = 3) -> dict:
    bank, books = load(bank_csv), load(books_csv)
    unmatched_books = list(books)
    matches, unmatched_bank = [], []
    for b in sorted(bank, key=lambda r: r["date"]):
        candidates = [
            k for k in unmatched_books
            if k["amount"] == b["amount"] and abs(k["date"] - b["date"]) <= timedelta(days=day_tolerance)
        ]
        if candidates:
            best = min(candidates, key=lambda k: abs(k["date"] - b["date"]))
            unmatched_books.remove(best)
            matches.append({"bank_line": b["line"], "books_line": best["line"], "amount": str(b["amount"]),
                            "days_apart": abs((best["date"] - b["date"]).days)})
        else:
            unmatched_bank.append(b)
    fmt = lambda rows: [{"line": r["line"], "date": r["date"].isoformat(), "amount": str(r["amount"]),
                         "memo": r["memo"]} for r in rows]
    return {
        "matched": matches,
        "only_in_bank": fmt(unmatched_bank),
        "only_in_books": fmt(unmatched_books),
        "difference": str(sum((r["amount"] for r in bank), Decimal(0)) - sum((r["amount"] for r in books), Decimal(0))),
    }


if __name__ == "__main__":
    bank = """date,amount,memo
2024-03-01,-45.00,COFFEE SHOP
2024-03-02,"1,200.00",SALARY
2024-03-05,-19.99,STREAMING
2024-03-09,-5.00,FEE"""
    books = """date,amount,memo
2024-02-28,-45.00,coffee
2024-03-03,1200.00,salary march
2024-03-15,-19.99,streaming (late)
2024-03-20,-60.00,groceries"""
    for k, v in reconcile(bank, books).items():
        print(k, v)
