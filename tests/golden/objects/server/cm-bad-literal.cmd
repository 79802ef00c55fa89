kubectl create configmap app --from-literal=novalue
