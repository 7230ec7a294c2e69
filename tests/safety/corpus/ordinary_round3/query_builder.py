# ordinary: immutable fluent builder for simple SQL-like query strings
import copy


class Query:
    def __init__(self, table):
        self._table = table
        self._columns = ["*"]
        self._filters = []
        self._order = None
        self._limit = None

    def _clone(self):
        clone = copy.copy(self)
        clone._columns = list(self._columns)
        clone._filters = list(self._filters)
        return clone

    def select(self, *columns):
        q = self._clone()
        q._columns = list(columns) or ["*"]
        return q

    def where(self, column, op, value):
        if op not in ("=", "!=", "<", "<=", ">", ">=", "LIKE"):
            raise ValueError(f"unsupported operator {op!r}")
        q = self._clone()
        q._filters.append((column, op, value))
        return q

    def order_by(self, column, descending=False):
        q = self._clone()
        q._order = (column, "DESC" if descending else "ASC")
        return q

    def limit(self, n):
        q = self._clone()
        q._limit = int(n)
        return q

    def build(self):
        """Return (sql, params) with ? placeholders."""
        sql = f"SELECT {', '.join(self._columns)} FROM {self._table}"
        params = []
        if self._filters:
            parts = []
            for column, op, value in self._filters:
                parts.append(f"{column} {op} ?")
                params.append(value)
            sql += " WHERE " + " AND ".join(parts)
        if self._order:
            sql += f" ORDER BY {self._order[0]} {self._order[1]}"
        if self._limit is not None:
            sql += f" LIMIT {self._limit}"
        return sql, params


if __name__ == "__main__":
    base = Query("users").select("id", "name")
    active = base.where("active", "=", 1)
    recent = active.where("created", ">=", "2024-01-01").order_by("created", descending=True).limit(10)
    for q in (base, active, recent):
        print(q.build())
