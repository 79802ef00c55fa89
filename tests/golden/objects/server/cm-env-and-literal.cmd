kubectl create configmap app --from-env-file=app.env --from-literal=a=b
