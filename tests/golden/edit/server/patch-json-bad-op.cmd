kubectl patch deployment web --type=json -p '[{"op":"frobnicate","path":"/spec"}]'
