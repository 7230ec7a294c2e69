# family: ordinary, blind round 62 (pivot sales records into a region x quarter table)
from collections import defaultdict
from operator import itemgetter

SALES = [
    {"region": "north", "quarter": "Q1", "rep": "amy", "amount": 1200.0},
    {"region": "north", "quarter": "Q2", "rep": "amy", "amount": 900.5},
    {"region": "south", "quarter": "Q1", "rep": "bob", "amount": 450.0},
    {"region": "south", "quarter": "Q3", "rep": "cal", "amount": 2200.0},
    {"region": "east", "quarter": "Q2", "rep": "dee", "amount": 1750.25},
    {"region": "north", "quarter": "Q1", "rep": "eli", "amount": 300.0},
    {"region": "east", "quarter": "Q4", "rep": "dee", "amount": 640.0},
]
QUARTERS = ("Q1", "Q2", "Q3", "Q4")
ROW_FMT = "{:<8}" + "{:>10.2f}" * len(QUARTERS) + "{:>11.2f}"


def pivot(rows, row_key="region", col_key="quarter", val="amount"):
    table = defaultdict(lambda: defaultdict(float))
    for r in rows:
        table[r[row_key]][r[col_key]] += r[val]
    return table


def render(table):
    print(("{:<8}" + "{:>10}" * len(QUARTERS) + "{:>11}").format("region", *QUARTERS, "total"))
    col_totals = dict.fromkeys(QUARTERS, 0.0)
    for region in sorted(table, key=lambda r: -sum(table[r].values())):
        vals = [table[region].get(q, 0.0) for q in QUARTERS]
        for q, v in zip(QUARTERS, vals):
            col_totals[q] += v
        print(ROW_FMT.format(region, *vals, sum(vals)))
    print(ROW_FMT.format("TOTAL", *col_totals.values(), sum(col_totals.values())))


def top_reps(rows, n=3):
    totals = defaultdict(float)
    for r in rows:
        totals[r["rep"]] += r["amount"]
    return sorted(totals.items(), key=itemgetter(1), reverse=True)[:n]


if __name__ == "__main__":
    render(pivot(SALES))
    for rank, (rep, amt) in enumerate(top_reps(SALES), 1):
        print("#%d %-4s %9.2f" % (rank, rep, amt))
