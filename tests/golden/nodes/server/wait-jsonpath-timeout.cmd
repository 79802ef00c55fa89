kubectl wait --for=jsonpath='{.status.phase}'=Failed pod/bare --timeout=1s
