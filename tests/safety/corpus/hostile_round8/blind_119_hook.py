# family: hook (written blind: from the families, without reading the checker)
import sys


def audited(values: list[int]) -> int:
    """Sum values with auditing."""
    sys.addaudithook(lambda event, args: None)
    sys.setprofile(None)
    return sum(values)


if __name__ == "__main__":
    print(audited([1, 2]))
