kubectl create role x --verb=get
