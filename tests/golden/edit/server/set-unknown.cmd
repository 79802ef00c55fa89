kubectl set foo deployment/web
