# family: ordinary, blind round 62 (split a shared grocery bill among roommates)
from fractions import Fraction
from collections import defaultdict

PURCHASES = [
    ("ana", "bread", 3.50, ["ana", "ben", "cat"]),
    ("ben", "cheese", 9.00, ["ben", "cat"]),
    ("cat", "coffee", 12.00, ["ana", "ben", "cat"]),
    ("ana", "wine", 15.00, ["ana", "cat"]),
]


def balances(purchases):
    bal = defaultdict(Fraction)
    for payer, _item, cost, sharers in purchases:
        cost = Fraction(str(cost))
        share = cost / len(sharers)
        bal[payer] += cost
        for s in sharers:
            bal[s] -= share
    return dict(bal)


def settle(bal):
    debtors = sorted(([n, -v] for n, v in bal.items() if v < 0), key=lambda x: x[1])
    creditors = sorted(([n, v] for n, v in bal.items() if v > 0), key=lambda x: x[1])
    moves = []
    while debtors and creditors:
        d, c = debtors[-1], creditors[-1]
        amt = min(d[1], c[1])
        moves.append((d[0], c[0], amt))
        d[1] -= amt
        c[1] -= amt
        if d[1] == 0:
            debtors.pop()
        if c[1] == 0:
            creditors.pop()
    return moves


if __name__ == "__main__":
    bal = balances(PURCHASES)
    for name, v in sorted(bal.items()):
        print(f"{name:>4}: {float(v):+8.2f}")
    assert sum(bal.values()) == 0
    for frm, to, amt in settle(bal):
        print("%s pays %s %.2f" % (frm, to, amt))
