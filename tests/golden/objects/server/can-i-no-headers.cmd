kubectl auth can-i --list --as jane --no-headers
