kubectl auth can-i get pods/nginx
