# ordinary: minimum meeting rooms needed and a greedy room assignment using heapq
import heapq
from datetime import datetime
from typing import Dict, List, Tuple

Meeting = Tuple[str, str, str]  # (title, start "HH:MM", end "HH:MM")


def _minutes(hhmm: str) -> int:
    t = datetime.strptime(hhmm, "%H:%M")
    return t.hour * 60 + t.minute


def min_rooms(meetings: List[Meeting]) -> int:
    ends: List[int] = []
    for _, start, end in sorted(meetings, key=lambda m: _minutes(m[1])):
        if ends and ends[0] <= _minutes(start):
            heapq.heapreplace(ends, _minutes(end))
        else:
            heapq.heappush(ends, _minutes(end))
    return len(ends)


def assign_rooms(meetings: List[Meeting]) -> Dict[str, List[str]]:
    free: List[Tuple[int, int]] = []  # (free_at, room_number)
    rooms: Dict[str, List[str]] = {}
    for title, start, end in sorted(meetings, key=lambda m: (_minutes(m[1]), _minutes(m[2]))):
        s, e = _minutes(start), _minutes(end)
        if e <= s:
            raise ValueError(f"{title!r} ends before it starts")
        if free and free[0][0] <= s:
            _, room = heapq.heappop(free)
        else:
            room = len(rooms) + 1
        rooms.setdefault(f"Room {room}", []).append(f"{start}-{end} {title}")
        heapq.heappush(free, (e, room))
    return rooms


if __name__ == "__main__":
    day = [
        ("Standup", "09:00", "09:15"),
        ("Design review", "09:00", "10:30"),
        ("1:1 Ana", "09:15", "09:45"),
        ("Planning", "10:00", "11:00"),
        ("Lunch talk", "12:00", "13:00"),
        ("Interview", "10:30", "11:30"),
    ]
    print("rooms needed:", min_rooms(day))
    for room, slots in assign_rooms(day).items():
        print(f"{room}: " + "; ".join(slots))
