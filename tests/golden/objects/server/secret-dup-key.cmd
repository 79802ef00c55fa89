kubectl create secret generic db --from-literal=a=1 --from-literal=a=2
