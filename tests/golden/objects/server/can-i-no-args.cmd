kubectl auth can-i
