# family: ordinary, blind round 63 (immutable email address str subclass using __new__)
import re


class InvalidEmail(ValueError):
    pass


class Email(str):
    _PATTERN = re.compile(r"^([A-Za-z0-9._%+-]+)@([A-Za-z0-9.-]+\.[A-Za-z]{2,})$")

    def __new__(cls, value):
        value = value.strip()
        match = cls._PATTERN.match(value)
        if not match:
            raise InvalidEmail(f"not a valid email address: {value!r}")
        local, domain = match.groups()
        return super().__new__(cls, f"{local}@{domain.lower()}")

    @property
    def local(self):
        return self.split("@", 1)[0]

    @property
    def domain(self):
        return self.split("@", 1)[1]

    def masked(self):
        head = self.local[:1]
        return f"{head}{'*' * max(len(self.local) - 1, 1)}@{self.domain}"

    def __eq__(self, other):
        if isinstance(other, str):
            return self.lower() == other.lower()
        return NotImplemented

    def __hash__(self):
        return hash(self.lower())

    def __repr__(self):
        return f"Email({str.__repr__(self)})"


if __name__ == "__main__":
    e = Email("  Alice.Smith@Example.COM ")
    print(repr(e), e.local, e.domain, e.masked())
    print(e == "alice.smith@example.com")
    contacts = {Email("bob@x.org"), Email("BOB@X.ORG"), e}
    print(len(contacts))
    for candidate in ["no-at-sign", "x@y"]:
        try:
            Email(candidate)
        except InvalidEmail as exc:
            print(exc)
