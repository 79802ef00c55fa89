kubectl patch deployment web --type=json -p '[{"op":"test","path":"/spec/replicas","value":9},{"op":"replace","path":"/spec/replicas","value":4}]'
