kubectl create secret
