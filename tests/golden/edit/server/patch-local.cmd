kubectl patch -f web-2.yaml --local -p '{"spec":{"replicas":6}}' -o jsonpath={.spec.replicas}
