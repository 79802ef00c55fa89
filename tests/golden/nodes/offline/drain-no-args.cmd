kubectl drain
