kubectl taint
