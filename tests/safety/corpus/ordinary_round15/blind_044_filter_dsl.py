"""Filter records with a tiny query language: `age >= 30 and city = Paris or vip = true`."""
import operator
import re

OPS = {"=": operator.eq, "!=": operator.ne, ">": operator.gt, ">=": operator.ge,
       "<": operator.lt, "<=": operator.le, "~": lambda a, b: str(b).lower() in str(a).lower()}
COND = re.compile(r"^\s*(\w+)\s*(!=|>=|<=|=|>|<|~)\s*(.+?)\s*$")


def _literal(text):
    low = text.lower()
    if low in ("true", "false"):
        return low == "true"
    if low == "null":
        return None
    for conv in (int, float):
        try:
            return conv(text)
        except ValueError:
            pass
    return text.strip("'\"")


def compile_query(query: str):
    """Returns a predicate. 'and' binds tighter than 'or'."""
    alternatives = []
    for clause in re.split(r"\s+or\s+", query.strip(), flags=re.I):
        conds = []
        for part in re.split(r"\s+and\s+", clause, flags=re.I):
            m = COND.match(part)
            if not m:
                raise ValueError(f"bad condition: {part!r}")
            field, op, raw = m.groups()
            conds.append((field, OPS[op], _literal(raw)))
        alternatives.append(conds)

    def predicate(record):
        for conds in alternatives:
            ok = True
            for field, fn, value in conds:
                actual = record.get(field)
                try:
                    ok = actual is not None and fn(actual, value) if value is not None else actual is None
                except TypeError:
                    ok = False
                if not ok:
                    break
            if ok:
                return True
        return False
    return predicate


def filter_records(records: list, query: str) -> list:
    pred = compile_query(query)
    return [r for r in records if pred(r)]


if __name__ == "__main__":
    people = [{"name": "Ann", "age": 34, "city": "Paris"}, {"name": "Bob", "age": 25, "city": "Paris", "vip": True},
              {"name": "Cy", "age": 41, "city": "Rome"}, {"name": "Di", "age": "n/a", "city": "Oslo"}]
    print(filter_records(people, "age >= 30 and city = Paris or vip = true"))
    print(filter_records(people, "name ~ i or age < 30"))
