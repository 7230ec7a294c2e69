# family: computed
# Escape: getattr passed as a value to map() receives run-time names from data.
def read_fields(record: object, fields: list) -> list:
    return list(map(getattr, [record] * len(fields), fields))
