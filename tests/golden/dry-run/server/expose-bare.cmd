kubectl expose deployment web --port=80 --dry-run
