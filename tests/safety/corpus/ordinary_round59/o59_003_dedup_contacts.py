# family: ordinary, blind round 59 (dedup contacts by normalised email)
from typing import TypedDict, List, Dict


class Contact(TypedDict, total=False):
    name: str
    email: str
    phone: str


def normalize_email(email: str) -> str:
    email = email.strip().lower()
    if "@" not in email:
        return email
    local, domain = email.rsplit("@", 1)
    local = local.split("+", 1)[0]
    if domain in ("gmail.com", "googlemail.com"):
        local = local.replace(".", "")
        domain = "gmail.com"
    return f"{local}@{domain}"


def dedupe_contacts(contacts: List[Contact]) -> List[Contact]:
    """Merge contacts sharing a normalised email; later non-empty fields fill gaps."""
    merged: Dict[str, Contact] = {}
    order: List[str] = []
    for contact in contacts:
        key = normalize_email(contact.get("email", ""))
        if not key:
            continue
        if key not in merged:
            merged[key] = Contact(email=key)
            order.append(key)
        existing = merged[key]
        for field in ("name", "phone"):
            value = contact.get(field, "").strip()
            if value and not existing.get(field):
                existing[field] = value
    return [merged[k] for k in order]


if __name__ == "__main__":
    raw = [
        {"name": "Ann Lee", "email": "Ann.Lee@gmail.com"},
        {"name": "", "email": "annlee+news@GMAIL.com", "phone": "555-0101"},
        {"name": "Bob", "email": "bob@example.org"},
        {"name": "Robert", "email": " BOB@example.org ", "phone": "555-0199"},
        {"name": "No Email"},
    ]
    for c in dedupe_contacts(raw):
        print(c)
