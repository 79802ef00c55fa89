kubectl patch deployment web --type=json -p '[{"op":"replace","path":"/spec/replicas","value":4}]'
