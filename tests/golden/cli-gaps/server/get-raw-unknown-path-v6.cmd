kubectl get --raw /nothere -v=6
