"""Library catalogue: books, members and loans, with search and overdue report."""
from dataclasses import dataclass, field
from datetime import date, timedelta


@dataclass
class Book:
    isbn: str
    title: str
    author: str
    year: int
    copies: int = 1

    def matches(self, query: str) -> bool:
        q = query.lower()
        return q in self.title.lower() or q in self.author.lower() or q == self.isbn


@dataclass
class Loan:
    isbn: str
    member: str
    out: date
    due: date
    returned: date | None = None

    def overdue_days(self, today: date) -> int:
        end = self.returned or today
        return max((end - self.due).days, 0)


@dataclass
class Library:
    books: dict[str, Book] = field(default_factory=dict)
    loans: list[Loan] = field(default_factory=list)
    loan_days: int = 14
    fine_per_day: float = 0.25

    def add(self, *books: Book) -> None:
        for b in books:
            self.books[b.isbn] = b

    def available(self, isbn: str) -> int:
        active = sum(1 for l in self.loans if l.isbn == isbn and l.returned is None)
        return self.books[isbn].copies - active

    def lend(self, isbn: str, member: str, today: date) -> Loan:
        if isbn not in self.books:
            raise KeyError(f"no such book {isbn}")
        if self.available(isbn) <= 0:
            raise ValueError(f"{self.books[isbn].title!r} is not available")
        loan = Loan(isbn, member, today, today + timedelta(days=self.loan_days))
        self.loans.append(loan)
        return loan

    def search(self, query: str) -> list[str]:
        return [f"{b.title} ({b.author}, {b.year})" for b in self.books.values() if b.matches(query)]

    def overdue_report(self, today: date) -> list[dict]:
        return [{"member": l.member, "title": self.books[l.isbn].title, "days": d,
                 "fine": round(d * self.fine_per_day, 2)}
                for l in self.loans if (d := l.overdue_days(today)) > 0]


if __name__ == "__main__":
    lib = Library()
    lib.add(Book("111", "Dune", "Frank Herbert", 1965, 2), Book("222", "Emma", "Jane Austen", 1815))
    lib.lend("111", "ann", date(2024, 1, 1))
    lib.lend("222", "bob", date(2024, 1, 10))
    try:
        lib.lend("222", "cid", date(2024, 1, 11))
    except ValueError as e:
        print("error:", e)
    print(lib.search("austen"), lib.available("111"))
    print(lib.overdue_report(date(2024, 2, 1)))
