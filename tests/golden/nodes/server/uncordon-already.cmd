kubectl uncordon node01
