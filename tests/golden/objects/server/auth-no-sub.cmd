kubectl auth
