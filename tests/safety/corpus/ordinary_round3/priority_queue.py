# ordinary: a task priority queue with stable ordering and removal
import heapq
import itertools


class PriorityQueue:
    _REMOVED = "<removed>"

    def __init__(self):
        self._heap = []
        self._entries = {}
        self._counter = itertools.count()

    def push(self, task, priority=0):
        if task in self._entries:
            self.remove(task)
        entry = [priority, next(self._counter), task]
        self._entries[task] = entry
        heapq.heappush(self._heap, entry)

    def remove(self, task):
        entry = self._entries.pop(task)
        entry[-1] = self._REMOVED

    def pop(self):
        while self._heap:
            priority, _, task = heapq.heappop(self._heap)
            if task is not self._REMOVED:
                del self._entries[task]
                return task, priority
        raise KeyError("pop from an empty priority queue")

    def peek(self):
        for priority, _, task in sorted(self._heap):
            if task is not self._REMOVED:
                return task, priority
        return None

    def __len__(self):
        return len(self._entries)

    def __bool__(self):
        return bool(self._entries)

    def __contains__(self, task):
        return task in self._entries


if __name__ == "__main__":
    pq = PriorityQueue()
    for task, prio in [("write docs", 3), ("fix bug", 1), ("review", 2), ("deploy", 1)]:
        pq.push(task, prio)
    pq.push("write docs", 0)
    pq.remove("review")
    print(len(pq), "fix bug" in pq, pq.peek())
    while pq:
        print(pq.pop())
