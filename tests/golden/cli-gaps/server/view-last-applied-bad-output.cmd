kubectl apply view-last-applied deployment/web -o wide
