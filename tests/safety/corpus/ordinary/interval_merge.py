from typing import List, Tuple

Interval = Tuple[int, int]


def merge_intervals(intervals: List[List[int]]) -> List[List[int]]:
    """Merge overlapping [start, end] intervals."""
    cleaned: List[Interval] = []
    for pair in intervals:
        if len(pair) != 2:
            raise ValueError(f"interval must have two ends: {pair}")
        start, end = pair
        if start > end:
            start, end = end, start
        cleaned.append((start, end))
    cleaned.sort()
    merged: List[List[int]] = []
    for start, end in cleaned:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged


def total_covered(intervals: List[List[int]]) -> int:
    return sum(end - start for start, end in merge_intervals(intervals))


def free_slots(busy: List[List[int]], day_start: int = 9 * 60, day_end: int = 17 * 60) -> List[List[int]]:
    slots = []
    cursor = day_start
    for start, end in merge_intervals(busy):
        if start > cursor:
            slots.append([cursor, min(start, day_end)])
        cursor = max(cursor, end)
        if cursor >= day_end:
            break
    if cursor < day_end:
        slots.append([cursor, day_end])
    return slots
