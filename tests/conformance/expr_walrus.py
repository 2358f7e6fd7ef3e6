data = [1, 5, 8, 12]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 10])
while (item := data.pop()) > 5:
    print("popped", item)
print(item, data)
