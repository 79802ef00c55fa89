kubectl uncordon
