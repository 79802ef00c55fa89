kubectl set selector service kubernetes
