kubectl create configmap levels --from-file=k=conf
