# family: ordinary, blind round 53 (InitVar password hashing)

import hashlib
import hmac
from dataclasses import InitVar, dataclass, field


@dataclass
class UserAccount:
    username: str
    password: InitVar[str]
    salt: bytes = field(default=b"static-demo-salt", repr=False)
    password_hash: str = field(init=False, repr=False)
    iterations: int = field(default=10_000, repr=False)

    def __post_init__(self, password: str) -> None:
        if len(password) < 8:
            raise ValueError("password must be at least 8 characters")
        self.password_hash = self._hash(password)

    def _hash(self, password: str) -> str:
        dk = hashlib.pbkdf2_hmac("sha256", password.encode(), self.salt, self.iterations)
        return dk.hex()

    def check(self, attempt: str) -> bool:
        return hmac.compare_digest(self._hash(attempt), self.password_hash)


if __name__ == "__main__":
    user = UserAccount("mira", "correct horse battery")
    print(user)
    print("hash prefix:", user.password_hash[:16])
    for guess in ("hunter22", "correct horse battery"):
        print(f"{guess!r:>26} -> {user.check(guess)}")
    try:
        UserAccount("bob", "short")
    except ValueError as e:
        print("error:", e)
