kubectl run nginx
