# ordinary: shortest word ladder between two words by BFS over wildcard buckets
from collections import defaultdict, deque
from typing import Dict, List, Optional

WORDS = """cold cord card ward warm word worm wore core care dare darn corn born
         bore bare barn warn wart cart dart dirt cold gold bold bolt boot boat coat""".split()


def build_buckets(words: List[str]) -> Dict[str, List[str]]:
    buckets: Dict[str, List[str]] = defaultdict(list)
    for w in set(words):
        for i in range(len(w)):
            buckets[f"{w[:i]}_{w[i + 1:]}"].append(w)
    return buckets


def ladder(start: str, goal: str, words: List[str] = WORDS) -> Optional[List[str]]:
    if len(start) != len(goal):
        return None
    buckets = build_buckets(words + [start, goal])
    previous: Dict[str, Optional[str]] = {start: None}
    queue = deque([start])
    while queue:
        word = queue.popleft()
        if word == goal:
            path = []
            while word is not None:
                path.append(word)
                word = previous[word]
            return path[::-1]
        for i in range(len(word)):
            for nxt in buckets[f"{word[:i]}_{word[i + 1:]}"]:
                if nxt not in previous:
                    previous[nxt] = word
                    queue.append(nxt)
    return None


if __name__ == "__main__":
    for a, b in [("cold", "warm"), ("boat", "dirt"), ("cold", "zzzz"), ("card", "card")]:
        path = ladder(a, b)
        print(f"{a} -> {b}: {' > '.join(path) if path else 'no ladder'}" + (f" ({len(path) - 1} steps)" if path else ""))
