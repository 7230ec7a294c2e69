# family: ordinary, blind round 61 (markdown report generator)
from datetime import date
from decimal import Decimal
from functools import singledispatch
from typing import Any


@singledispatch
def fmt(value: Any) -> str:
    return str(value)


@fmt.register
def _(value: float) -> str:
    return f"{value:,.2f}"


@fmt.register
def _(value: Decimal) -> str:
    return f"{value:,.2f}"


@fmt.register
def _(value: bool) -> str:
    return "✅" if value else "❌"


@fmt.register
def _(value: date) -> str:
    return value.strftime("%d %b %Y")


@fmt.register(type(None))
def _(value: None) -> str:
    return "—"


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|")


def markdown_report(title: str, summary: dict[str, Any], rows: list[dict[str, Any]]) -> str:
    """Produce a Markdown report with a key/value summary list and a data table."""
    out = [f"# {title}", "", "## Summary", ""]
    out += [f"- **{key.replace('_', ' ').title()}**: {fmt(val)}" for key, val in summary.items()]
    if rows:
        headers = list(rows[0])
        out += ["", "## Details", "", "| " + " | ".join(headers) + " |",
                "|" + "|".join("---" for _ in headers) + "|"]
        out += ["| " + " | ".join(_md_escape(fmt(r.get(h))) for h in headers) + " |" for r in rows]
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    report = markdown_report(
        "Weekly Sales",
        {"period_start": date(2024, 6, 3), "revenue": Decimal("18230.5"), "target_met": True, "notes": None},
        [
            {"rep": "Ana", "deals": 5, "value": 7200.0, "closed": True},
            {"rep": "Ben | Jr", "deals": 2, "value": 1100.5, "closed": False},
        ],
    )
    print(report)
