# family: ordinary, blind round 53 (singledispatchmethod report formatter)
from functools import singledispatchmethod
from datetime import date, timedelta
from decimal import Decimal


class CellFormatter:
    def __init__(self, currency="$", date_fmt="%d %b %Y", width=12):
        self.currency = currency
        self.date_fmt = date_fmt
        self.width = width

    @singledispatchmethod
    def fmt(self, value):
        return str(value).ljust(self.width)

    @fmt.register
    def _(self, value: bool):
        return ("yes" if value else "no").center(self.width)

    @fmt.register
    def _(self, value: int):
        return f"{value:,}".rjust(self.width)

    @fmt.register
    def _(self, value: float):
        return f"{value:.2f}".rjust(self.width)

    @fmt.register
    def _(self, value: Decimal):
        return f"{self.currency}{value:,.2f}".rjust(self.width)

    @fmt.register
    def _(self, value: date):
        return value.strftime(self.date_fmt).ljust(self.width)

    @fmt.register
    def _(self, value: timedelta):
        hours, rem = divmod(int(value.total_seconds()), 3600)
        return f"{hours}h{rem // 60:02d}m".rjust(self.width)

    @fmt.register(type(None))
    def _(self, value):
        return "-".center(self.width)

    def row(self, values):
        return "|".join(self.fmt(v) for v in values)


if __name__ == "__main__":
    rows = [
        ("Alpha", 1200, Decimal("349.5"), date(2024, 2, 3), timedelta(hours=5, minutes=7), True),
        ("Beta", 87, Decimal("12"), None, timedelta(minutes=45), False),
        ("Gamma", 45000, None, date(2023, 12, 31), timedelta(hours=30), True),
    ]
    f = CellFormatter(currency="€", width=11)
    for r in rows:
        print(f.row(r))
    print(CellFormatter(width=8).row([3.14159, "pi", 0]))
