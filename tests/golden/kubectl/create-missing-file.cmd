kubectl create -f nothere.yaml
