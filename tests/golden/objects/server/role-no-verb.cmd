kubectl create role x --resource=pods
