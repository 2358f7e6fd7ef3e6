for s in ["abc", "ABC", "Abc", "a1", "123", "", " ", "Hello World", "hello world", "½", "²", "٣"]:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isupper(), s.islower(), s.istitle(), s.isspace())
