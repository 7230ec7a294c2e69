# family: ordinary, blind round 62 (invoice totals with Decimal and templates)
from decimal import Decimal, ROUND_HALF_UP
from dataclasses import dataclass, field

TAX_RATES = {"standard": Decimal("0.20"), "reduced": Decimal("0.05"), "zero": Decimal("0")}
LINE_TEMPLATE = "{desc:<18} {qty:>4} x {price:>8} = {total:>9}"
CENT = Decimal("0.01")


@dataclass
class Line:
    desc: str
    qty: int
    price: Decimal
    tax: str = "standard"

    @property
    def net(self):
        return (self.price * self.qty).quantize(CENT, ROUND_HALF_UP)

    @property
    def tax_amount(self):
        return (self.net * TAX_RATES[self.tax]).quantize(CENT, ROUND_HALF_UP)


@dataclass
class Invoice:
    number: str
    lines: list = field(default_factory=list)

    def add(self, desc, qty, price, tax="standard"):
        self.lines.append(Line(desc, qty, Decimal(str(price)), tax))
        return self

    def totals(self):
        net = sum((l.net for l in self.lines), Decimal("0"))
        tax = sum((l.tax_amount for l in self.lines), Decimal("0"))
        return {"net": net, "tax": tax, "gross": net + tax}

    def render(self):
        out = ["Invoice %s" % self.number]
        for l in self.lines:
            row = {"desc": l.desc, "qty": l.qty, "price": l.price, "total": l.net}
            out.append(LINE_TEMPLATE.format(**row))
        for k, v in self.totals().items():
            out.append("{0:>36}: {1}".format(k.upper(), v))
        return "\n".join(out)


if __name__ == "__main__":
    inv = Invoice("INV-0042")
    inv.add("Widget", 3, "19.99").add("Book", 2, "12.50", "zero").add("Coffee", 5, 3.3, "reduced")
    print(inv.render())
    assert inv.totals()["gross"] == inv.totals()["net"] + inv.totals()["tax"]
