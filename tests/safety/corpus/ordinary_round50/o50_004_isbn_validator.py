# family: ordinary, blind round 50 (validate an ISBN)
def clean(isbn):
    return isbn.replace("-", "").replace(" ", "").upper()


def is_valid_isbn10(isbn):
    s = clean(isbn)
    if len(s) != 10 or not s[:9].isdigit() or not (s[9].isdigit() or s[9] == "X"):
        return False
    total = sum((10 - i) * int(c) for i, c in enumerate(s[:9]))
    total += 10 if s[9] == "X" else int(s[9])
    return total % 11 == 0


def is_valid_isbn13(isbn):
    s = clean(isbn)
    if len(s) != 13 or not s.isdigit():
        return False
    total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(s))
    return total % 10 == 0


def isbn10_to_13(isbn):
    s = "978" + clean(isbn)[:9]
    check = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(s)) % 10) % 10
    return s + str(check)


def validate(isbn):
    n = len(clean(isbn))
    if n == 10:
        return is_valid_isbn10(isbn)
    if n == 13:
        return is_valid_isbn13(isbn)
    return False


if __name__ == "__main__":
    for code in ["0-306-40615-2", "978-0-306-40615-7", "0-8044-2957-X", "978-0-306-40615-8", "12345"]:
        print(f"{code:<20} valid={validate(code)}")
    print("ISBN-13 of 0-306-40615-2:", isbn10_to_13("0-306-40615-2"))
