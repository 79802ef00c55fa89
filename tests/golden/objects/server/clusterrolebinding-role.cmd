kubectl create clusterrolebinding x --role=a --user=jane
