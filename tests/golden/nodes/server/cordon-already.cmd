kubectl cordon node02
