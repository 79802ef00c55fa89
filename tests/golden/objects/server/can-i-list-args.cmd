kubectl auth can-i --list get pods
