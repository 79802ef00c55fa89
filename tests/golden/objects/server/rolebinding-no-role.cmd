kubectl create rolebinding x --user=jane
