kubectl set env pod/redis MODE=blue
