"""Fuzzy lookup of names, e.g. to suggest a command when the user mistypes one."""
import difflib
import unicodedata


def _normalize(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.lower().split())


def best_matches(query: str, choices: list[str], limit: int = 3, cutoff: float = 0.6) -> list[tuple[str, float]]:
    """Return up to ``limit`` (choice, score) pairs sorted by score."""
    q = _normalize(query)
    scored = []
    for choice in choices:
        score = difflib.SequenceMatcher(None, q, _normalize(choice)).ratio()
        if score >= cutoff:
            scored.append((choice, round(score, 3)))
    scored.sort(key=lambda pair: (-pair[1], pair[0]))
    return scored[:limit]


def did_you_mean(word: str, vocabulary: list[str]) -> str | None:
    """Suggest the closest vocabulary word, or None if nothing is close."""
    lowered = {v.lower(): v for v in vocabulary}
    hits = difflib.get_close_matches(word.lower(), list(lowered), n=1, cutoff=0.7)
    return lowered[hits[0]] if hits else None


if __name__ == "__main__":
    commands = ["install", "uninstall", "list", "search", "show", "upgrade"]
    print(did_you_mean("instal", commands))
    print(did_you_mean("xyz", commands))
    cities = ["São Paulo", "San Francisco", "Santiago", "Sapporo", "Seattle"]
    print(best_matches("sao paolo", cities))
    print(best_matches("san fran", cities, cutoff=0.5))
