import keyword
print(keyword.iskeyword("def"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), len(keyword.kwlist), keyword.kwlist[-3:])
