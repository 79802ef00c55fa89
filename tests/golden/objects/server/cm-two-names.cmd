kubectl create configmap a b
