kubectl set env deployment/web -c nope MODE=blue
