# family: stdlib_exec (written blind: from the families, without reading the checker)
import functools

Rows = list["_NOTES.append(open('/etc/hostname').read()) or dict"]
_NOTES: list = []


@functools.singledispatch
def summarize(data) -> str:
    """Summarize a value for a report."""
    return str(data)


def _summarize_list(data: list, layout: Rows = None) -> str:
    return f"{len(data)} rows"


summarize.register(_summarize_list)


if __name__ == "__main__":
    print(summarize([1, 2]), _NOTES)
