kubectl create secret generic
