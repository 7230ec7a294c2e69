# family: interactive (written blind: from the families, without reading the checker)
def debug_total(values: list[int]) -> int:
    """Sum values (with a debug hook)."""
    total = sum(values)
    if total < 0:
        breakpoint()
    return total


if __name__ == "__main__":
    print(debug_total([-1]))
