# ordinary: vending machine state machine with custom exceptions and Decimal money
from decimal import Decimal
from enum import Enum


class VendingError(Exception):
    pass


class InsufficientFunds(VendingError):
    def __init__(self, needed: Decimal, inserted: Decimal):
        self.needed = needed
        self.inserted = inserted
        super().__init__(f"need ${needed:.2f}, only ${inserted:.2f} inserted")


class SoldOut(VendingError):
    pass


class State(Enum):
    IDLE = "idle"
    HAS_MONEY = "has_money"


ACCEPTED = {Decimal("0.05"), Decimal("0.10"), Decimal("0.25"), Decimal("1.00")}


class VendingMachine:
    def __init__(self, stock: dict[str, tuple[Decimal, int]]):
        self.stock = dict(stock)
        self.balance = Decimal("0")
        self.state = State.IDLE

    def insert(self, coin: str) -> Decimal:
        value = Decimal(coin)
        if value not in ACCEPTED:
            raise VendingError(f"coin {coin} not accepted")
        self.balance += value
        self.state = State.HAS_MONEY
        return self.balance

    def select(self, item: str) -> tuple[str, Decimal]:
        if self.state is not State.HAS_MONEY:
            raise VendingError("insert money first")
        try:
            price, count = self.stock[item]
        except KeyError:
            raise VendingError(f"unknown item {item!r}") from None
        if count == 0:
            raise SoldOut(item)
        if self.balance < price:
            raise InsufficientFunds(price, self.balance)
        self.stock[item] = (price, count - 1)
        change, self.balance = self.balance - price, Decimal("0")
        self.state = State.IDLE
        return item, change


if __name__ == "__main__":
    vm = VendingMachine({"cola": (Decimal("1.25"), 2), "chips": (Decimal("0.85"), 0)})
    vm.insert("1.00")
    try:
        vm.select("cola")
    except InsufficientFunds as e:
        print("error:", e)
    vm.insert("0.25")
    vm.insert("0.25")
    print(vm.select("cola"), vm.state)
