"""Lazy data pipelines with generators and itertools."""
from itertools import islice, groupby, chain, accumulate, tee, filterfalse
from operator import itemgetter


def read_records(text: str):
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            user, action, amount = line.split(",")
            yield {"user": user, "action": action, "amount": float(amount)}


def only(action: str, records):
    return (r for r in records if r["action"] == action)


def batched(iterable, n: int):
    it = iter(iterable)
    while batch := list(islice(it, n)):
        yield batch


def running_total(records):
    amounts, recs = tee(records)
    for rec, total in zip(recs, accumulate(r["amount"] for r in amounts)):
        yield {**rec, "running": total}


def totals_by_user(records):
    keyed = sorted(records, key=itemgetter("user"))
    return {u: sum(r["amount"] for r in grp) for u, grp in groupby(keyed, key=itemgetter("user"))}


def unique_everseen(iterable, key=None):
    seen = set()
    for item in filterfalse(lambda x: (key(x) if key else x) in seen, iterable):
        seen.add(key(item) if key else item)
        yield item


if __name__ == "__main__":
    data = """# user,action,amount
ann,buy,10
bob,sell,5
ann,buy,2.5
cid,buy,7
bob,buy,1"""
    print(totals_by_user(only("buy", read_records(data))))
    for r in running_total(read_records(data)):
        print(r)
    print(list(batched(range(7), 3)))
    print(list(unique_everseen(chain("abc", "bcd"))), list(unique_everseen(read_records(data), key=itemgetter("user")))[-1])
