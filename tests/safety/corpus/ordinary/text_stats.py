"""Basic statistics about a piece of text."""

import re
import string
from collections import Counter
from dataclasses import dataclass, asdict

WORD = re.compile(r"[A-Za-z']+")
SENTENCE_END = re.compile(r"[.!?]+")


@dataclass
class TextStats:
    characters: int
    letters: int
    words: int
    sentences: int
    average_word_length: float
    top_words: list[tuple[str, int]]


def text_stats(text: str, top: int = 5) -> dict:
    words = [w.lower().strip("'") for w in WORD.findall(text)]
    words = [w for w in words if w]
    letters = sum(1 for ch in text if ch in string.ascii_letters)
    sentences = len([s for s in SENTENCE_END.split(text) if s.strip()])
    avg = sum(len(w) for w in words) / len(words) if words else 0.0
    stats = TextStats(
        characters=len(text),
        letters=letters,
        words=len(words),
        sentences=sentences,
        average_word_length=round(avg, 2),
        top_words=Counter(words).most_common(top),
    )
    return asdict(stats)
