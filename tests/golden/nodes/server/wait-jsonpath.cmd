kubectl wait --for=jsonpath='{.status.phase}'=Running pod/bare
