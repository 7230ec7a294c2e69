# family: dangerous calls
class Evaluator:
    engine = eval

    def run(self, text: str):
        return type(self).engine(text)


def tool(text: str):
    return Evaluator().run(text)
