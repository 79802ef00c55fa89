kubectl create configmap app --from-literal='bad key=1'
