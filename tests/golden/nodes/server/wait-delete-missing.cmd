kubectl wait --for=delete pod/nope --timeout=1s
