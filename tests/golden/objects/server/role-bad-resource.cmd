kubectl create role x --verb=get --resource=widgets
