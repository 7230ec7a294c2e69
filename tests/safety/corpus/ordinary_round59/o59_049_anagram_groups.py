# family: ordinary, blind round 59 (group anagrams and find word ladder neighbours)
from collections import defaultdict
from string import ascii_lowercase
from typing import Dict, Iterable, List


def anagram_groups(words: Iterable[str], min_size: int = 2) -> List[List[str]]:
    groups: Dict[str, List[str]] = defaultdict(list)
    for w in words:
        key = "".join(sorted(w.lower()))
        if w.lower() not in groups[key]:
            groups[key].append(w.lower())
    result = [sorted(g) for g in groups.values() if len(g) >= min_size]
    return sorted(result, key=lambda g: (-len(g), g[0]))


def one_letter_neighbours(word: str, vocabulary: set) -> List[str]:
    out = {word[:i] + ch + word[i + 1:] for i in range(len(word)) for ch in ascii_lowercase}
    out.discard(word)
    return sorted(out & vocabulary)


def word_ladder(start: str, goal: str, vocabulary: set) -> List[str]:
    from collections import deque
    frontier = deque([[start]])
    seen = {start}
    while frontier:
        path = frontier.popleft()
        if path[-1] == goal:
            return path
        for nxt in one_letter_neighbours(path[-1], vocabulary):
            if nxt not in seen:
                seen.add(nxt)
                frontier.append(path + [nxt])
    return []


if __name__ == "__main__":
    words = ("listen silent enlist tinsel inlets google stone notes onset tones "
             "cat act tac dog god cold cord card ward warm word worm").split()
    for group in anagram_groups(words):
        print(group)
    vocab = set(words)
    print("neighbours of 'cord':", one_letter_neighbours("cord", vocab))
    print("ladder cold -> warm:", " > ".join(word_ladder("cold", "warm", vocab)))
