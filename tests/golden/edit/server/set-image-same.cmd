kubectl set image deployment/web nginx=nginx:1.27
