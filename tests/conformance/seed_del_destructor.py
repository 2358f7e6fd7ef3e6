class MyClass:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print(f'{self.name} is being deleted')
obj = MyClass('Object1')
del obj
print("after del")
