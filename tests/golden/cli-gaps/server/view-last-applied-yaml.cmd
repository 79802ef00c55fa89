kubectl apply view-last-applied deployment web
