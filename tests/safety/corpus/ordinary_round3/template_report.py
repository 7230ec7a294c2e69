# ordinary: render report lines from templates, filling missing keys with a placeholder
from collections import defaultdict

EMPLOYEE_LINE = "{name:<12} {dept:<10} {salary:>10} {manager}"


def fill(template, values, missing="-"):
    """Format `template` with `values`; keys that are absent become `missing`."""
    return template.format_map(defaultdict(lambda: missing, values))


def render_table(template, rows, missing="-"):
    return [fill(template, row, missing) for row in rows]


def salary_text(amount):
    return f"{amount:,.0f}" if isinstance(amount, (int, float)) else "n/a"


if __name__ == "__main__":
    staff = [
        {"name": "Alice", "dept": "Eng", "salary": 120000, "manager": "Zoe"},
        {"name": "Bob", "dept": "Sales", "salary": 70000},
        {"name": "Chen", "dept": "Eng"},
    ]
    for person in staff:
        person["salary"] = salary_text(person.get("salary"))
    print(fill(EMPLOYEE_LINE, {"name": "Name", "dept": "Dept", "salary": "Salary", "manager": "Manager"}))
    print("\n".join(render_table(EMPLOYEE_LINE, staff)))
    print(fill("Dear {title} {surname},", {"surname": "Lovelace"}, missing="Dr."))
