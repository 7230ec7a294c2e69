# ordinary: mail-merge letters with string.Template and a summary line per recipient
from string import Template

LETTER = Template("""Dear $title $surname,

Your order #$order_id of $amount has been $status.
$extra
Kind regards,
$sender""")

SUBJECT = Template("Order #$order_id: $status")


def merge(recipients, sender="The Shop"):
    letters = []
    for person in recipients:
        values = {"title": "Customer", "extra": "", "sender": sender, **person}
        values["amount"] = f"£{float(values['amount']):,.2f}"
        letters.append((SUBJECT.substitute(values), LETTER.safe_substitute(values)))
    return letters


def missing_fields(template, data):
    needed = {m.group("named") or m.group("braced") for m in template.pattern.finditer(template.template)} - {None}
    return sorted(needed - set(data))


if __name__ == "__main__":
    people = [
        {"title": "Dr", "surname": "Lovelace", "order_id": 1001, "amount": 1250.5, "status": "shipped",
         "extra": "It should arrive on Friday.\n"},
        {"surname": "Turing", "order_id": 1002, "amount": "19.99", "status": "cancelled"},
    ]
    for subject, body in merge(people):
        print(f"Subject: {subject}\n{body}\n{'-' * 40}")
    print(missing_fields(LETTER, {"surname": "X", "order_id": 1}))
