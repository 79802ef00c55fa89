kubectl run nginx --image=nginx -v=6
