# ordinary: immutable settings object updated with dataclasses.replace and validated on creation
from dataclasses import FrozenInstanceError, dataclass, field, replace


@dataclass(frozen=True)
class HttpSettings:
    base_url: str
    timeout: float = 10.0
    retries: int = 3
    headers: tuple = field(default_factory=tuple)
    verify_tls: bool = True

    def __post_init__(self):
        if not self.base_url.startswith(("http://", "https://")):
            raise ValueError(f"base_url must start with http:// or https://, got {self.base_url!r}")
        if self.timeout <= 0:
            raise ValueError("timeout must be positive")
        if not 0 <= self.retries <= 10:
            raise ValueError("retries must be between 0 and 10")
        object.__setattr__(self, "base_url", self.base_url.rstrip("/"))

    def with_header(self, name, value):
        kept = tuple((k, v) for k, v in self.headers if k.lower() != name.lower())
        return replace(self, headers=kept + ((name, value),))

    def with_timeout(self, seconds):
        return replace(self, timeout=seconds)

    def url(self, path):
        return f"{self.base_url}/{path.lstrip('/')}"


if __name__ == "__main__":
    base = HttpSettings("https://api.example.com/")
    custom = base.with_header("Accept", "application/json").with_header("X-Trace", "1").with_timeout(2.5)
    custom = custom.with_header("accept", "text/plain")
    print(base)
    print(custom, custom.url("/v1/users"))
    try:
        custom.timeout = 1
    except FrozenInstanceError as exc:
        print("immutable:", exc)
    try:
        replace(base, retries=50)
    except ValueError as exc:
        print("invalid:", exc)
