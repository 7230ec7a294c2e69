# family: @classmethod stacked on @property (3.11 chains descriptors): D.amount runs the getter with the class as self, type(self) is type
# result: checker refused (exit 1); escape: no
class D:
    @classmethod
    @property
    def amount(self):
        return type(self)


print(D.amount)
