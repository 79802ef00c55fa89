kubectl set env pod/redis --list
