# family: ordinary, blind round 61 (fuzzy string matcher)
import difflib
import unicodedata
from functools import lru_cache


def _normalize(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


@lru_cache(maxsize=1024)
def levenshtein(a: str, b: str) -> int:
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def fuzzy_match(query: str, candidates: list[str], limit: int = 3, threshold: float = 0.5) -> list[dict]:
    """Rank candidate strings by similarity to a query.

    Combines difflib's ratio with a normalised Levenshtein similarity.
    """
    q = _normalize(query)
    scored = []
    for cand in candidates:
        c = _normalize(cand)
        ratio = difflib.SequenceMatcher(None, q, c).ratio()
        dist = levenshtein(q, c)
        lev_sim = 1 - dist / max(len(q), len(c), 1)
        score = round((ratio + lev_sim) / 2, 4)
        if score >= threshold:
            scored.append({"candidate": cand, "score": score, "edit_distance": dist})
    return sorted(scored, key=lambda r: (-r["score"], r["candidate"]))[:limit]


if __name__ == "__main__":
    cities = ["München", "Munich", "Münster", "Manchester", "Zürich", "Mannheim"]
    print(fuzzy_match("munchen", cities))
    print(fuzzy_match("zurich", cities, limit=1))
    print(levenshtein.cache_info())
