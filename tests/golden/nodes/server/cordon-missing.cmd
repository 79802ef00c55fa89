kubectl cordon nope
