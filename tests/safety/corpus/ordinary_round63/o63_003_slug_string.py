# family: ordinary, blind round 63 (validated slug string via UserString)
import re
import unicodedata
from collections import UserString


class InvalidSlugError(ValueError):
    def __init__(self, value):
        self.value = value
        super().__init__(value)

    def __str__(self):
        return f"invalid slug: {self.value!r} (use lowercase letters, digits and hyphens)"


class Slug(UserString):
    PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

    def __init__(self, seq):
        text = str(seq)
        if not self.PATTERN.match(text):
            raise InvalidSlugError(text)
        super().__init__(text)

    @classmethod
    def from_title(cls, title):
        normalized = unicodedata.normalize("NFKD", title)
        ascii_text = normalized.encode("ascii", "ignore").decode("ascii")
        cleaned = re.sub(r"[^a-zA-Z0-9]+", "-", ascii_text).strip("-").lower()
        return cls(cleaned)

    def __add__(self, other):
        return Slug(f"{self.data}-{other}")

    def __repr__(self):
        return f"Slug({self.data!r})"


if __name__ == "__main__":
    s = Slug.from_title("Héllo, Wörld! A Python Guide")
    print(s, repr(s))
    print(s + "part-2")
    print(s.split("-"), len(s), s.startswith("hello"))
    for bad in ["Bad Slug", "trailing-", "ok-slug"]:
        try:
            print("valid:", Slug(bad))
        except InvalidSlugError as err:
            print(err)
