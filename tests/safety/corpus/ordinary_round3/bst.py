# ordinary: binary search tree with insert, search, delete and in-order iteration
class Node:
    __slots__ = ("key", "value", "left", "right")

    def __init__(self, key, value):
        self.key, self.value = key, value
        self.left = self.right = None


class BST:
    def __init__(self):
        self.root = None
        self.size = 0

    def put(self, key, value=None):
        def _put(node):
            if node is None:
                self.size += 1
                return Node(key, value)
            if key < node.key:
                node.left = _put(node.left)
            elif key > node.key:
                node.right = _put(node.right)
            else:
                node.value = value
            return node
        self.root = _put(self.root)

    def get(self, key, default=None):
        node = self.root
        while node is not None:
            if key == node.key:
                return node.value
            node = node.left if key < node.key else node.right
        return default

    def delete(self, key):
        def _delete(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = _delete(node.left, key)
            elif key > node.key:
                node.right = _delete(node.right, key)
            else:
                if node.left is None or node.right is None:
                    return node.left or node.right
                successor = node.right
                while successor.left is not None:
                    successor = successor.left
                node.key, node.value = successor.key, successor.value
                node.right = _delete(node.right, successor.key)
            return node
        self.root = _delete(self.root, key)
        self.size -= 1

    def __iter__(self):
        stack, node = [], self.root
        while stack or node is not None:
            while node is not None:
                stack.append(node)
                node = node.left
            node = stack.pop()
            yield node.key, node.value
            node = node.right

    def height(self, node="root"):
        node = self.root if node == "root" else node
        return 0 if node is None else 1 + max(self.height(node.left), self.height(node.right))


if __name__ == "__main__":
    tree = BST()
    for k in [50, 30, 70, 20, 40, 60, 80, 35]:
        tree.put(k, f"v{k}")
    print(list(k for k, _ in tree), tree.size, tree.height(), tree.get(35))
    tree.delete(30)
    tree.delete(50)
    print(list(k for k, _ in tree), tree.size, tree.get(50, "gone"))
