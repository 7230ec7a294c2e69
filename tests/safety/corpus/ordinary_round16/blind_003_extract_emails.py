"""Extract and normalise email addresses and URLs from free text."""
import re
from collections import Counter

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
URL_RE = re.compile(r"https?://[^\s<>\"')]+", re.IGNORECASE)


def extract_emails(text: str, unique: bool = True) -> list[str]:
    found = [m.group(0).lower().rstrip(".") for m in EMAIL_RE.finditer(text)]
    if unique:
        seen = set()
        found = [e for e in found if not (e in seen or seen.add(e))]
    return found


def extract_urls(text: str) -> list[str]:
    return [u.rstrip(".,;") for u in URL_RE.findall(text)]


def domain_histogram(text: str) -> dict[str, int]:
    counts = Counter(e.split("@", 1)[1] for e in extract_emails(text, unique=False))
    return dict(counts.most_common())


if __name__ == "__main__":
    sample = """Contact Ann at ann@example.com or ANN@example.com.
    Bob: bob.smith+news@mail.example.org; docs at https://example.com/docs?x=1.
    Also see http://foo.bar/baz, and carol@example.com"""
    print(extract_emails(sample))
    print(extract_urls(sample))
    print(domain_histogram(sample))
