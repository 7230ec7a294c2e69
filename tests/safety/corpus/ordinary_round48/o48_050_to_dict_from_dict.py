# family: ordinary, blind round 48 (to_dict/from_dict serialisation round trip)
import json
from datetime import datetime


class Comment:
    def __init__(self, author, text, created=None):
        self.author = author
        self.text = text
        self.created = created or datetime(2024, 1, 1, 12, 0)

    def to_dict(self):
        return {"author": self.author, "text": self.text, "created": self.created.isoformat()}

    @classmethod
    def from_dict(cls, d):
        return cls(d["author"], d["text"], datetime.fromisoformat(d["created"]))

    def __eq__(self, other):
        return isinstance(other, Comment) and self.to_dict() == other.to_dict()


class Post:
    VERSION = 2

    def __init__(self, slug, title, body, tags=None, comments=None, published=False):
        self.slug = slug
        self.title = title
        self.body = body
        self.tags = list(tags or [])
        self.comments = list(comments or [])
        self.published = published

    def to_dict(self):
        return {
            "_v": self.VERSION,
            "slug": self.slug,
            "title": self.title,
            "body": self.body,
            "tags": self.tags,
            "published": self.published,
            "comments": [c.to_dict() for c in self.comments],
        }

    @classmethod
    def from_dict(cls, d):
        d = dict(d)
        if d.pop("_v", 1) == 1:  # v1 stored tags as a comma string
            d["tags"] = [t.strip() for t in d.get("tags", "").split(",") if t.strip()]
        d["comments"] = [Comment.from_dict(c) for c in d.get("comments", [])]
        return cls(**d)

    def __eq__(self, other):
        return isinstance(other, Post) and self.to_dict() == other.to_dict()

    def __repr__(self):
        return f"Post({self.slug!r}, tags={self.tags}, comments={len(self.comments)})"


if __name__ == "__main__":
    post = Post("hello-world", "Hello, World", "First post!", ["intro", "meta"],
                [Comment("sam", "Welcome!"), Comment("lee", "Nice", datetime(2024, 1, 2, 9, 30))],
                published=True)
    text = json.dumps(post.to_dict(), indent=2)
    print(text[:160] + "...")
    restored = Post.from_dict(json.loads(text))
    print("round trip equal:", restored == post, restored)
    legacy = '{"slug": "old", "title": "Old", "body": "...", "tags": "a, b,,c"}'
    print("from v1:", Post.from_dict(json.loads(legacy)))
