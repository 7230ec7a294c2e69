# family: computed
# Escape: operator.attrgetter is handed to map() as a value and applied to names from data.
import operator


def read_paths(record: object, paths: list) -> list:
    getters = list(map(operator.attrgetter, paths))
    return [g(record) for g in getters]
