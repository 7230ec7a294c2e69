# family: ordinary, blind round 73 (dataclass-heavy typed tools)
"""Library catalog with TypedDict import format and dataclass records."""
from dataclasses import dataclass, field, asdict
from datetime import date, timedelta
from typing import NotRequired, TypedDict

class BookRecord(TypedDict):
    isbn: str
    title: str
    author: str
    year: int
    copies: NotRequired[int]


class LoanError(Exception):
    pass


@dataclass
class Book:
    isbn: str
    title: str
    author: str
    year: int
    copies: int = 1
    on_loan: dict[str, date] = field(default_factory=dict)

    @property
    def available(self) -> int:
        return self.copies - len(self.on_loan)


@dataclass
class Catalog:
    books: dict[str, Book] = field(default_factory=dict)
    loan_days: int = 21

    def load(self, records: list[BookRecord]) -> int:
        for rec in records:
            self.books[rec["isbn"]] = Book(**rec)
        return len(records)

    def lend(self, isbn: str, member: str, today: date) -> date:
        book = self.books.get(isbn)
        if book is None:
            raise LoanError(f"no such book {isbn}")
        if book.available <= 0:
            raise LoanError(f"no copies of {book.title!r} available")
        due = today + timedelta(days=self.loan_days)
        book.on_loan[member] = due
        return due

    def overdue(self, today: date) -> list[tuple[str, str, int]]:
        rows = [
            (member, b.title, (today - due).days)
            for b in self.books.values()
            for member, due in b.on_loan.items()
            if due < today
        ]
        return sorted(rows, key=lambda r: r[2], reverse=True)

    def search(self, term: str) -> list[dict]:
        t = term.lower()
        return [asdict(b) for b in self.books.values() if t in b.title.lower() or t in b.author.lower()]


if __name__ == "__main__":
    cat = Catalog()
    cat.load([
        {"isbn": "111", "title": "Dune", "author": "Frank Herbert", "year": 1965, "copies": 2},
        {"isbn": "222", "title": "Emma", "author": "Jane Austen", "year": 1815},
    ])
    cat.lend("111", "m1", date(2024, 1, 1))
    cat.lend("222", "m2", date(2024, 1, 10))
    try:
        cat.lend("222", "m3", date(2024, 1, 11))
    except LoanError as e:
        print(e)
    print(cat.overdue(date(2024, 2, 15)))
    print([b["title"] for b in cat.search("austen")])
