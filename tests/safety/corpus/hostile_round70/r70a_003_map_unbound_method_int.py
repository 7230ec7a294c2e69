# family: map(D.amount, [int]) runs the plain function with int as self: type(self) is type
# result: checker refused (exit 1); escape: no
class D:
    def amount(self):
        return type(self)


print(list(map(D.amount, [int])))
