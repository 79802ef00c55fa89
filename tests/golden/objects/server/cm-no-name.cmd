kubectl create configmap --from-literal=a=b
