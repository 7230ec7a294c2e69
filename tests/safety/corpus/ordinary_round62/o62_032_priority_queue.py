# family: ordinary, blind round 62 (task scheduler using heapq with stable ordering)
import heapq
import itertools

_counter = itertools.count()
REMOVED = "<removed>"


class TaskQueue:
    def __init__(self):
        self._heap = []
        self._entries = {}

    def push(self, name, priority=5):
        if name in self._entries:
            self.remove(name)
        entry = [priority, next(_counter), name]
        self._entries[name] = entry
        heapq.heappush(self._heap, entry)

    def remove(self, name):
        entry = self._entries.pop(name)
        entry[-1] = REMOVED

    def pop(self):
        while self._heap:
            prio, _, name = heapq.heappop(self._heap)
            if name is not REMOVED:
                del self._entries[name]
                return name, prio
        raise IndexError("pop from empty TaskQueue")

    def __len__(self):
        return len(self._entries)

    def __contains__(self, name):
        return name in self._entries

    def __bool__(self):
        return bool(self._entries)


if __name__ == "__main__":
    q = TaskQueue()
    for name, prio in [("write report", 3), ("email boss", 1), ("lunch", 5), ("backup", 3), ("coffee", 1)]:
        q.push(name, prio)
    q.push("lunch", 0)       # reprioritize
    q.remove("backup")
    print(len(q), "lunch" in q, "backup" in q)
    while q:
        name, prio = q.pop()
        print("%d  %s" % (prio, name))
    try:
        q.pop()
    except IndexError as e:
        print("error:", e)
    print(heapq.nsmallest(3, [7, 2, 9, 4, 1]), heapq.nlargest(2, ["pear", "fig", "banana"], key=len))
