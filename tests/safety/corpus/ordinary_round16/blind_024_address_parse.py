"""Heuristic parser for simple US postal addresses."""
import re

STATES = {"AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN",
          "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV",
          "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN",
          "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC"}
SUFFIXES = {"street": "St", "st": "St", "avenue": "Ave", "ave": "Ave", "road": "Rd", "rd": "Rd",
            "boulevard": "Blvd", "blvd": "Blvd", "drive": "Dr", "dr": "Dr", "lane": "Ln"}
ADDR_RE = re.compile(
    r"^\s*(?P<number>\d+[A-Z]?)\s+(?P<street>[^,]+?)"
    r"(?:,?\s+(?:apt|suite|unit|#)\.?\s*(?P<unit>[\w-]+))?\s*,\s*"
    r"(?P<city>[A-Za-z .'-]+?)\s*,\s*(?P<state>[A-Za-z]{2})\s+(?P<zip>\d{5}(?:-\d{4})?)\s*$",
    re.IGNORECASE,
)


def parse_address(text: str) -> dict:
    m = ADDR_RE.match(text)
    if not m:
        raise ValueError(f"could not parse address: {text!r}")
    parts = m.groupdict()
    state = parts["state"].upper()
    if state not in STATES:
        raise ValueError(f"unknown state {state}")
    words = parts["street"].split()
    if words and words[-1].lower().rstrip(".") in SUFFIXES:
        words[-1] = SUFFIXES[words[-1].lower().rstrip(".")]
    parts.update(state=state, street=" ".join(w.capitalize() if w.islower() else w for w in words),
                 city=parts["city"].title())
    return parts


if __name__ == "__main__":
    for a in ["123 main street, springfield, il 62704",
              "9B Elm Ave Apt 4C, New York, NY 10001-1234",
              "77 Sunset Boulevard, Los Angeles, CA 90028",
              "nowhere"]:
        try:
            print(parse_address(a))
        except ValueError as e:
            print("error:", e)
