kubectl api-versions
