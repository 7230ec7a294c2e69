"""Count word frequencies and produce a formatted leaderboard."""
import re
from collections import Counter, defaultdict

WORD_RE = re.compile(r"[a-zA-Z']+")
STOPWORDS = frozenset("a an and the of to in is it that for on with as was".split())

ROW_TEMPLATE = "{rank:>3}. {word:<15} {count:>5} {bar}"


def tokenize(text: str) -> list[str]:
    return [w.lower().strip("'") for w in WORD_RE.findall(text)]


def word_frequencies(text: str, top: int = 5, keep_stopwords: bool = False) -> str:
    """Entry point: render the top words as a table."""
    counts: Counter[str] = Counter()
    by_initial: defaultdict[str, set[str]] = defaultdict(set)
    for word in tokenize(text):
        if not word or (not keep_stopwords and word in STOPWORDS):
            continue
        counts[word] += 1
        by_initial[word[0]].add(word)
    if not counts:
        return "(no words)"
    widest = max(counts.values())
    lines: list[str] = []
    for rank, (word, count) in enumerate(counts.most_common(top), start=1):
        bar = "#" * max(1, round(20 * count / widest))
        lines.append(ROW_TEMPLATE.format(rank=rank, word=word, count=count, bar=bar))
    initials = ", ".join(f"{k}:{len(v)}" for k, v in sorted(by_initial.items()))
    lines.append(f"initials -> {initials}")
    return "\n".join(lines)
