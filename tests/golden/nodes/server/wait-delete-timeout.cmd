kubectl wait --for=delete pod/bare --timeout=1s
