kubectl auth can-i --list
