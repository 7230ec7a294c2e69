"""Fuzzy matching of a query against a list of names."""
import difflib
from functools import lru_cache


@lru_cache(maxsize=4096)
def levenshtein(a: str, b: str) -> int:
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return levenshtein(a[1:], b[1:])
    return 1 + min(levenshtein(a[1:], b), levenshtein(a, b[1:]), levenshtein(a[1:], b[1:]))


def fuzzy_search(query: str, candidates: list[str], limit: int = 5, cutoff: float = 0.5) -> list[dict]:
    q = query.lower().strip()
    scored = []
    for cand in candidates:
        c = cand.lower()
        ratio = difflib.SequenceMatcher(None, q, c).ratio()
        distance = levenshtein(q, c) if len(q) + len(c) < 60 else None
        prefix_bonus = 0.2 if c.startswith(q) else 0.0
        contains_bonus = 0.1 if q in c else 0.0
        score = min(1.0, ratio + prefix_bonus + contains_bonus)
        if score >= cutoff:
            scored.append({"candidate": cand, "score": round(score, 3), "edit_distance": distance})
    scored.sort(key=lambda r: (-r["score"], r["edit_distance"] if r["edit_distance"] is not None else 99,
                               r["candidate"]))
    return scored[:limit]


def did_you_mean(word: str, vocabulary: list[str]) -> str | None:
    matches = difflib.get_close_matches(word, vocabulary, n=1, cutoff=0.6)
    return matches[0] if matches else None


if __name__ == "__main__":
    cities = ["Amsterdam", "Rotterdam", "Amstelveen", "Antwerp", "Berlin", "Bern", "Birmingham", "Barcelona"]
    print(fuzzy_search("amsterdm", cities))
    print(fuzzy_search("ber", cities, cutoff=0.3))
    print(did_you_mean("Berln", cities))
