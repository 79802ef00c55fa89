kubectl create serviceaccount robot
