kubectl patch -f web-2.yaml -p '{"spec":{"replicas":6}}'
