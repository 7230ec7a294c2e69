# family: ordinary, blind round 61 (safe HTML list/card renderer)
import html
from dataclasses import dataclass, field
from urllib.parse import urlsplit

SAFE_SCHEMES = {"http", "https", "mailto"}


@dataclass
class Card:
    title: str
    body: str
    link: str | None = None
    tags: list[str] = field(default_factory=list)


def _safe_href(url: str | None) -> str | None:
    if not url:
        return None
    scheme = urlsplit(url.strip()).scheme.lower()
    return html.escape(url, quote=True) if scheme in SAFE_SCHEMES else None


def _render_card(card: Card) -> str:
    title = html.escape(card.title)
    href = _safe_href(card.link)
    heading = f'<a href="{href}" rel="noopener">{title}</a>' if href else title
    tags = "".join(f'<span class="tag">{html.escape(t)}</span>' for t in card.tags)
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in card.body.split("\n\n") if p.strip())
    return f'<article class="card"><h3>{heading}</h3>{paragraphs}<div class="tags">{tags}</div></article>'


def render_cards(items: list[dict]) -> dict:
    """Render user-supplied items as HTML cards, escaping all text and dropping unsafe links."""
    cards = [Card(**item) for item in items]
    dropped = [c.link for c in cards if c.link and _safe_href(c.link) is None]
    markup = "\n".join(_render_card(c) for c in cards)
    return {"html": f'<section class="cards">\n{markup}\n</section>', "count": len(cards),
            "unsafe_links_dropped": dropped}


if __name__ == "__main__":
    result = render_cards([
        {"title": "Tom & Jerry", "body": "Classic <cartoon>.\n\nSecond para.", "link": "https://example.com?a=1&b=2",
         "tags": ["fun", "<b>old</b>"]},
        {"title": "Sneaky", "body": "Click me", "link": "javascript:alert(1)"},
    ])
    print(result["html"])
    print(result["unsafe_links_dropped"])
