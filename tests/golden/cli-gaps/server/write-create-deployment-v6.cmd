kubectl create deployment made --image=nginx -v=6
