kubectl annotate --local a=b
