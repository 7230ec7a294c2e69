# family: ordinary, blind round 53 (field repr=False hiding secrets)
from dataclasses import dataclass, field
import secrets
import hashlib


def _mask(value: str) -> str:
    return value[:4] + "*" * max(0, len(value) - 4)


@dataclass
class ApiCredential:
    service: str
    key_id: str
    secret: str = field(repr=False)
    scopes: tuple = ("read",)
    _fingerprint: str = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        self._fingerprint = hashlib.sha256(self.secret.encode()).hexdigest()[:12]

    @property
    def fingerprint(self):
        return self._fingerprint

    def masked(self):
        return f"{self.service}:{self.key_id}:{_mask(self.secret)}"

    @classmethod
    def generate(cls, service, scopes=("read",)):
        return cls(service, "k_" + secrets.token_hex(4), secrets.token_urlsafe(24), tuple(scopes))


if __name__ == "__main__":
    fixed = ApiCredential("billing", "k_demo01", "s3cr3t-value-do-not-log", ("read", "write"))
    print(repr(fixed))
    print("masked:", fixed.masked())
    print("fingerprint:", fixed.fingerprint)
    assert "s3cr3t" not in repr(fixed)

    gen = ApiCredential.generate("search")
    print("generated repr contains secret?", gen.secret in repr(gen))
    print("key id length:", len(gen.key_id))
