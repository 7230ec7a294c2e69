"""Extract emails, URLs, phone numbers and hashtags from free text."""
import re
from dataclasses import dataclass, field

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
URL_RE = re.compile(r"https?://[^\s<>\"')]+")
PHONE_RE = re.compile(r"(?:\+\d{1,3}[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}")
HASHTAG_RE = re.compile(r"(?<!\w)#(\w+)")


@dataclass
class Extraction:
    emails: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    hashtags: list[str] = field(default_factory=list)


def _unique(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out


def extract_all(text: str) -> Extraction:
    """Find contact details and tags in ``text`` (deduplicated, in order)."""
    urls = [u.rstrip(".,;") for u in URL_RE.findall(text)]
    return Extraction(
        emails=_unique([e.lower() for e in EMAIL_RE.findall(text)]),
        urls=_unique(urls),
        phones=_unique([re.sub(r"[^\d+]", "", p) for p in PHONE_RE.findall(text)]),
        hashtags=_unique([h.lower() for h in HASHTAG_RE.findall(text)]),
    )


if __name__ == "__main__":
    note = (
        "Contact Jane at jane.doe@example.com or JANE.DOE@example.com, "
        "call (555) 123-4567. Docs: https://example.com/docs?page=2. "
        "#launch #Launch #beta"
    )
    result = extract_all(note)
    print(result.emails)
    print(result.urls)
    print(result.phones)
    print(result.hashtags)
