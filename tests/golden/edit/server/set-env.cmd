kubectl set env deployment/web MODE=blue
