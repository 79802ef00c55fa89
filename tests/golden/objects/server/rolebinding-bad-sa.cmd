kubectl create rolebinding x --role=a --serviceaccount=robot
