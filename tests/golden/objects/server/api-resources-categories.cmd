kubectl api-resources --categories=all
