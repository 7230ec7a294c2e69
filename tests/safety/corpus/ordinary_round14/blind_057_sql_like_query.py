"""Filter, sort and project a list of records with a tiny query spec."""
import operator
import re
from functools import reduce
from operator import itemgetter

OPS = {
    "eq": operator.eq, "ne": operator.ne, "lt": operator.lt, "le": operator.le,
    "gt": operator.gt, "ge": operator.ge,
    "in": lambda a, b: a in b,
    "contains": lambda a, b: b in a,
    "startswith": lambda a, b: str(a).startswith(b),
    "regex": lambda a, b: re.search(b, str(a)) is not None,
}


def parse_condition(key: str, value):
    """'age__gt' -> ('age', gt); 'name' -> ('name', eq)."""
    field_name, _, op_name = key.partition("__")
    op_name = op_name or "eq"
    if op_name not in OPS:
        raise ValueError(f"unknown operator {op_name!r}")
    return field_name, OPS[op_name], value


def where(records: list[dict], **conditions) -> list[dict]:
    conds = [parse_condition(k, v) for k, v in conditions.items()]

    def match(rec: dict) -> bool:
        return all(f in rec and op(rec[f], v) for f, op, v in conds)

    return [r for r in records if match(r)]


def order_by(records: list[dict], *keys: str) -> list[dict]:
    result = list(records)
    for key in reversed(keys):
        desc = key.startswith("-")
        result.sort(key=itemgetter(key.lstrip("-")), reverse=desc)
    return result


def select(records: list[dict], *fields: str) -> list[dict]:
    return [{f: r.get(f) for f in fields} for r in records]


def aggregate(records: list[dict], field: str) -> dict:
    values = [r[field] for r in records if field in r]
    total = reduce(operator.add, values, 0)
    return {"count": len(values), "sum": total, "avg": total / len(values) if values else None}


def query(records: list[dict], filters: dict | None = None, sort: list[str] = (), fields: list[str] = (),
          limit: int | None = None) -> list[dict]:
    rows = where(records, **(filters or {}))
    rows = order_by(rows, *sort) if sort else rows
    rows = select(rows, *fields) if fields else rows
    return rows[:limit] if limit is not None else rows


if __name__ == "__main__":
    people = [
        {"name": "Ann", "age": 34, "city": "Oslo", "salary": 72000},
        {"name": "Bob", "age": 27, "city": "Bergen", "salary": 51000},
        {"name": "Cyd", "age": 45, "city": "Oslo", "salary": 98000},
        {"name": "Dag", "age": 27, "city": "Oslo", "salary": 60000},
    ]
    print(query(people, {"city": "Oslo", "age__ge": 27}, sort=["age", "-salary"], fields=["name", "age"]))
    print(query(people, {"name__regex": r"^[AB]"}, limit=1))
    print(aggregate(where(people, city__in=["Oslo"]), "salary"))
