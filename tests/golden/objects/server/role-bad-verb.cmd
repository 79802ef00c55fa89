kubectl create role x --verb=fly --resource=pods
