# family: @classmethod over @property with cls parameter: type(cls) in the getter
# result: checker refused (exit 1); escape: no
class D:
    @classmethod
    @property
    def amount(cls):
        return type(cls)


print(D.amount)
