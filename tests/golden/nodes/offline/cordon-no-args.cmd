kubectl cordon
