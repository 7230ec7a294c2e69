# family: ordinary, blind round 59 (word frequency report for a text)
import re
from collections import Counter
from typing import NamedTuple, List

STOPWORDS = set("""a an and are as at be but by for from has have he her his i in is it its
of on or she that the their them they this to was were will with you your""".split())


class WordStat(NamedTuple):
    word: str
    count: int
    share: float


def word_frequencies(text: str, top: int = 10, min_length: int = 3) -> List[WordStat]:
    words = re.findall(r"[a-z']+", text.lower())
    words = [w.strip("'") for w in words]
    kept = [w for w in words if len(w) >= min_length and w not in STOPWORDS]
    counts = Counter(kept)
    total = sum(counts.values()) or 1
    return [WordStat(w, c, round(c / total, 3)) for w, c in counts.most_common(top)]


def render(stats: List[WordStat]) -> str:
    if not stats:
        return "(no words)"
    width = max(len(s.word) for s in stats)
    peak = stats[0].count
    rows = []
    for s in stats:
        bar = "#" * round(20 * s.count / peak)
        rows.append(f"{s.word:<{width}} {s.count:>3} {s.share:>6.1%} {bar}")
    return "\n".join(rows)


if __name__ == "__main__":
    sample = """It was the best of times, it was the worst of times, it was the age of
    wisdom, it was the age of foolishness, it was the epoch of belief, it was the epoch
    of incredulity, it was the season of Light, it was the season of Darkness, it was the
    spring of hope, it was the winter of despair."""
    print(render(word_frequencies(sample, top=8)))
