kubectl create rolebinding x --role=a --clusterrole=b --user=jane
