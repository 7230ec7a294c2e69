# family: ordinary, blind round 53 (KW_ONLY http client config)
from dataclasses import dataclass, field, KW_ONLY, fields, MISSING
from typing import Literal


@dataclass
class ClientConfig:
    base_url: str
    _: KW_ONLY
    timeout: float = 10.0
    retries: int = 3
    method: Literal["GET", "POST"] = "GET"
    headers: dict[str, str] = field(default_factory=lambda: {"User-Agent": "demo/1.0"})
    verify_tls: bool = True

    def describe(self) -> str:
        parts = []
        for f in fields(self):
            value = getattr(self, f.name)
            default = f.default_factory() if f.default_factory is not MISSING else f.default
            if value != default and f.name != "base_url":
                parts.append(f"{f.name}={value!r}")
        return f"{self.base_url} [{', '.join(parts) or 'defaults'}]"


if __name__ == "__main__":
    a = ClientConfig("https://api.example.com")
    b = ClientConfig("https://api.example.com", timeout=2.5, method="POST", verify_tls=False)
    print(a.describe())
    print(b.describe())
    try:
        ClientConfig("https://x", 5.0)  # positional timeout is rejected
    except TypeError as exc:
        print("TypeError:", exc)
