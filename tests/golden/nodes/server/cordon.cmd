kubectl cordon node01
