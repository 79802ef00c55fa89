kubectl create configmap app --from-file=nothere.txt
