# ordinary: old-style % formatting for a fixed-width budget report
BUDGET = [
    ("Rent", 1500.00, 1500.00),
    ("Groceries", 450.00, 512.37),
    ("Utilities", 200.00, 176.10),
    ("Transport", 120.00, 98.45),
    ("Entertainment", 100.00, 143.99),
]

HEADER = "%-15s %10s %10s %10s %7s"
ROW = "%-15s %10.2f %10.2f %+10.2f %6.1f%%"


def budget_report(lines):
    out = [HEADER % ("Category", "Budget", "Actual", "Diff", "Used")]
    out.append("-" * 56)
    total_budget = total_actual = 0.0
    for name, budget, actual in lines:
        used = (actual / budget * 100) if budget else 0.0
        flag = " !" if actual > budget else ""
        out.append(ROW % (name, budget, actual, budget - actual, used) + flag)
        total_budget += budget
        total_actual += actual
    out.append("-" * 56)
    out.append(ROW % ("TOTAL", total_budget, total_actual, total_budget - total_actual,
                      total_actual / total_budget * 100))
    return "\n".join(out)


def overspend_summary(lines):
    over = [(n, a - b) for n, b, a in lines if a > b]
    if not over:
        return "No categories over budget."
    parts = ["%s by $%.2f" % (name, amount) for name, amount in over]
    return "Over budget: %s (%d of %d categories)" % (", ".join(parts), len(over), len(lines))


def progress_bar(fraction, width=20):
    filled = int(round(min(max(fraction, 0.0), 1.0) * width))
    return "[%s%s] %3d%%" % ("#" * filled, "." * (width - filled), fraction * 100)


if __name__ == "__main__":
    print(budget_report(BUDGET))
    print(overspend_summary(BUDGET))
    for name, budget, actual in BUDGET:
        print("%-15s %s" % (name, progress_bar(actual / budget)))
