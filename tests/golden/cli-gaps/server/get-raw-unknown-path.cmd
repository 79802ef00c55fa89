kubectl get --raw /nothere
