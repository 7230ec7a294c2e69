"""Generate and validate identifiers (uuid, secrets) for records."""
import secrets
import string
import uuid
from dataclasses import dataclass, field
from typing import Literal

IdKind = Literal["uuid4", "uuid5", "token", "short"]
ALPHABET = string.ascii_lowercase + string.digits
NAMESPACE = uuid.UUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8")


@dataclass
class IdFactory:
    kind: IdKind = "uuid4"
    prefix: str = ""
    issued: set[str] = field(default_factory=set)

    def _raw(self, seed: str) -> str:
        match self.kind:
            case "uuid4":
                return str(uuid.uuid4())
            case "uuid5":
                return str(uuid.uuid5(NAMESPACE, seed))
            case "token":
                return secrets.token_urlsafe(12)
            case "short":
                return "".join(secrets.choice(ALPHABET) for _ in range(8))
        raise ValueError(self.kind)

    def __call__(self, seed: str = "") -> str:
        ident = f"{self.prefix}{self._raw(seed)}"
        self.issued.add(ident)
        return ident


def is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


def make_ids(names: list[str], kind: IdKind = "uuid5", prefix: str = "") -> dict[str, object]:
    """Entry point: assign an id per name, report duplicates and validity."""
    factory = IdFactory(kind, prefix)
    assigned: dict[str, str] = {}
    for name in names:
        assigned[name] = factory(name)
    valid = {n: is_uuid(i[len(prefix):]) for n, i in assigned.items()}
    return {"ids": assigned, "unique": len(factory.issued), "uuid_valid": valid}
