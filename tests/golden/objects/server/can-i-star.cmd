kubectl auth can-i '*' '*'
