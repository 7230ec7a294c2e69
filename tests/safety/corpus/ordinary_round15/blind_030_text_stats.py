"""Readability and word statistics for a block of text."""
import re
from collections import Counter

STOP = set("a an and are as at be by for from has he in is it its of on that the to was were will with".split())


def syllables(word: str) -> int:
    word = word.lower().strip(".,!?;:")
    if not word:
        return 0
    groups = re.findall(r"[aeiouy]+", word)
    n = len(groups)
    if word.endswith("e") and n > 1 and not word.endswith("le"):
        n -= 1
    return max(1, n)


def text_stats(text: str, top: int = 5) -> dict:
    sentences = [s for s in re.split(r"[.!?]+\s*", text) if s.strip()]
    words = re.findall(r"[A-Za-z']+", text)
    if not words:
        return {"words": 0}
    syl = sum(syllables(w) for w in words)
    wps = len(words) / max(1, len(sentences))
    spw = syl / len(words)
    flesch = 206.835 - 1.015 * wps - 84.6 * spw
    grade = 0.39 * wps + 11.8 * spw - 15.59
    freq = Counter(w.lower() for w in words if w.lower() not in STOP)
    return {
        "sentences": len(sentences),
        "words": len(words),
        "unique_words": len({w.lower() for w in words}),
        "avg_word_len": round(sum(map(len, words)) / len(words), 2),
        "flesch_reading_ease": round(flesch, 1),
        "fk_grade": round(grade, 1),
        "top_words": freq.most_common(top),
    }


if __name__ == "__main__":
    print(text_stats("The quick brown fox jumps over the lazy dog. The dog sleeps! "
                     "Meanwhile, the fox considers philosophical implications of jumping."))
