import bisect
from typing import Sequence


def binary_search(values: Sequence[int], target: int) -> int:
    """Index of target in a sorted sequence, or -1."""
    low, high = 0, len(values) - 1
    while low <= high:
        mid = (low + high) // 2
        if values[mid] == target:
            return mid
        if values[mid] < target:
            low = mid + 1
        else:
            high = mid - 1
    return -1


def count_in_range(values: list[int], low: int, high: int) -> int:
    ordered = sorted(values)
    return bisect.bisect_right(ordered, high) - bisect.bisect_left(ordered, low)


def insert_sorted(values: list[int], new: list[int]) -> list[int]:
    result = sorted(values)
    for value in new:
        bisect.insort(result, value)
    return result


def grade(score: float, breakpoints: tuple[int, ...] = (60, 70, 80, 90), grades: str = "FDCBA") -> str:
    if not 0 <= score <= 100:
        raise ValueError("score must be between 0 and 100")
    return grades[bisect.bisect(breakpoints, score)]
