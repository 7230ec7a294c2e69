# family: ordinary, blind round 50 (extract emails and URLs with regex)
import re
from urllib.parse import urlparse

EMAIL_RE = re.compile(r"\b[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}\b")
URL_RE = re.compile(r"\bhttps?://[^\s<>\"')\]]+", re.IGNORECASE)

SAMPLE = """
Hi team, please reach out to jane.doe@example.com or support+billing@help.example.co.uk.
Docs live at https://docs.example.com/guide?page=2#setup and the old wiki (http://wiki.example.org/Home).
Do not email bob@localhost or spam@@bad.com. See also <https://example.com/path/to/thing>.
"""


def extract_emails(text: str) -> list[str]:
    seen: dict[str, None] = {}
    for m in EMAIL_RE.findall(text):
        seen.setdefault(m.lower(), None)
    return list(seen)


def extract_urls(text: str) -> list[str]:
    urls = []
    for m in URL_RE.findall(text):
        m = m.rstrip(".,;:!?")
        if m not in urls:
            urls.append(m)
    return urls


def summarize(text: str) -> dict:
    urls = extract_urls(text)
    return {
        "emails": extract_emails(text),
        "urls": urls,
        "domains": sorted({urlparse(u).hostname for u in urls}),
    }


if __name__ == "__main__":
    result = summarize(SAMPLE)
    for key, values in result.items():
        print(f"{key}:")
        for v in values:
            print(f"  - {v}")
