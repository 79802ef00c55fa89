kubectl uncordon node02
