kubectl create -f tab.yaml
