kubectl create configmap app --from-literal=a=1 --from-literal=a=2
