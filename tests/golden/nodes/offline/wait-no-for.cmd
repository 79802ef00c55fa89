kubectl wait pod/x
